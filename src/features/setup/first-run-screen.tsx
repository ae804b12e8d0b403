import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFacilities } from '../../storage/live-queries';
import { PictureView } from '../../ui/picture-view';
import { StaffPage } from '../../ui/staff-page';
import { loadExampleData } from './example-data';
import { OwnFacilityForm } from './own-facility-form';
import { paths } from '../../ui/paths';
import './first-run-screen.css';

const highlights = [
  { key: 'agenda', pictogram: 'agenda' },
  { key: 'vote', pictogram: 'vote' },
  { key: 'minutes', pictogram: 'minutes' },
] as const;

export function FirstRunScreen() {
  const { t } = useTranslation('setup');
  const navigate = useNavigate();
  const facilityList = useFacilities();
  const [showOwnForm, setShowOwnForm] = useState(false);
  const [loadingExample, setLoadingExample] = useState(false);
  const [exampleFailed, setExampleFailed] = useState(false);
  const ownButtonRef = useRef<HTMLButtonElement>(null);
  const formWasOpen = useRef(false);

  useEffect(() => {
    // Back to the choice that opened the form when staff cancel it.
    if (showOwnForm) formWasOpen.current = true;
    else if (formWasOpen.current) ownButtonRef.current?.focus();
  }, [showOwnForm]);

  async function startWithExample() {
    setExampleFailed(false);
    setLoadingExample(true);
    try {
      const councilId = await loadExampleData(t);
      await navigate(councilId ? paths.council(councilId) : paths.home());
    } catch {
      setExampleFailed(true);
      setLoadingExample(false);
    }
  }

  return (
    <StaffPage title={t('title')}>
      <div className="setup-welcome">
        <p className="setup-welcome__lead">{t('lead')}</p>
        <ul className="setup-highlights">
          {highlights.map((h) => (
            <li key={h.key} className="setup-highlights__item">
              <PictureView picture={{ type: 'pictogram', id: h.pictogram }} size={56} decorative />
              <span>{t(`highlights.${h.key}`)}</span>
            </li>
          ))}
        </ul>
        <p className="setup-welcome__local">{t('localData')}</p>
      </div>

      {facilityList && facilityList.length > 0 && (
        <p className="notice setup-existing">
          {t('alreadyStarted')} <Link to={paths.home()}>{t('goHome')}</Link>
        </p>
      )}

      <h2 className="setup-choices__heading">{t('choose')}</h2>
      <div className="setup-choices">
        <section className="card setup-choice" aria-labelledby="setup-choice-example">
          <h3 id="setup-choice-example">{t('example.choiceHeading')}</h3>
          <p>{t('example.choiceBody')}</p>
          <button
            type="button"
            className="button button--primary setup-choice__button"
            disabled={loadingExample}
            onClick={startWithExample}
          >
            {loadingExample ? t('example.loading') : t('example.start')}
          </button>
          {exampleFailed && (
            <p className="form-error" role="alert">
              {t('example.failed')}
            </p>
          )}
        </section>
        <section className="card setup-choice" aria-labelledby="setup-choice-own">
          <h3 id="setup-choice-own">{t('own.choiceHeading')}</h3>
          <p>{t('own.choiceBody')}</p>
          <button
            ref={ownButtonRef}
            type="button"
            className="button setup-choice__button"
            aria-expanded={showOwnForm}
            onClick={() => setShowOwnForm(true)}
          >
            {t('own.start')}
          </button>
        </section>
      </div>

      {showOwnForm && (
        <OwnFacilityForm
          onCreated={(councilId) => void navigate(paths.council(councilId))}
          onCancel={() => setShowOwnForm(false)}
        />
      )}
    </StaffPage>
  );
}
