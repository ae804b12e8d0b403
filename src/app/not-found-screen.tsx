// An address the app does not have (an old bookmark, a typo): say so kindly, inside the usual
// staff frame, with the way home as the obvious next step.
import { useTranslation } from 'react-i18next';
import { StaffNotFound } from '../ui/staff-record-state';

export function NotFoundScreen() {
  const { t } = useTranslation();
  return <StaffNotFound title={t('errorPage.notFoundTitle')} body={t('notFound')} />;
}
