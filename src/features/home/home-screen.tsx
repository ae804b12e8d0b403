import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useFacilities } from '../../storage/live-queries';
import { StaffPage } from '../../ui/staff-page';
import { FacilityCard } from './facility-card';
import { FacilityForm } from './facility-form';
import { usePersistentStorage } from './persistence-query';
import { paths } from '../../ui/paths';
import './home-screen.css';

export function HomeScreen() {
  const { t } = useTranslation('home');
  const facilityList = useFacilities();
  const persistence = usePersistentStorage();
  // One "now" per visit keeps "next meeting" stable while the screen is open.
  const [now] = useState(() => new Date());

  if (facilityList !== undefined && facilityList.length === 0) return <Navigate to={paths.welcome()} replace />;

  return (
    <StaffPage title={t('title')}>
      {persistence.data === 'refused' && (
        <div className="notice notice--warning home-storage-notice" role="note">
          <p>
            <strong>{t('storageRefused.title')}</strong>
          </p>
          <p>{t('storageRefused.body')}</p>
        </div>
      )}
      <p className="home-intro">{t('intro')}</p>
      {facilityList === undefined ? (
        <p role="status">{t('loading', { ns: 'common' })}</p>
      ) : (
        <div className="home-facilities">
          {facilityList.map((facility) => (
            <FacilityCard key={facility.id} facility={facility} now={now} />
          ))}
        </div>
      )}
      <section className="card home-add-facility" aria-labelledby="home-add-facility">
        <h2 id="home-add-facility">{t('facilityForm.heading')}</h2>
        <FacilityForm />
      </section>
    </StaffPage>
  );
}
