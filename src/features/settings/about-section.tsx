import { useTranslation } from 'react-i18next';
import { version } from '../../../package.json';

export function AboutSection() {
  const { t } = useTranslation('settings');
  return (
    <section className="card settings-section" aria-labelledby="settings-about">
      <h2 id="settings-about">{t('about.heading')}</h2>
      <p>{t('about.purpose')}</p>
      <dl className="settings-about__facts">
        <dt>{t('about.version')}</dt>
        <dd>{version}</dd>
      </dl>
      <h3>{t('about.picturesHeading')}</h3>
      <p>{t('about.ownPictograms')}</p>
      <p>
        {t('about.openMoji')}{' '}
        <a href="https://openmoji.org" target="_blank" rel="noreferrer">
          openmoji.org
          <span className="visually-hidden"> {t('about.opensNewWindow')}</span>
        </a>
        {' · '}
        <a href="https://creativecommons.org/licenses/by-sa/4.0/" target="_blank" rel="noreferrer" lang="en">
          CC BY-SA 4.0
          <span className="visually-hidden"> {t('about.opensNewWindow')}</span>
        </a>
      </p>
      <p>
        {t('about.emojibase')}{' '}
        <a href="https://emojibase.dev" target="_blank" rel="noreferrer">
          emojibase.dev
          <span className="visually-hidden"> {t('about.opensNewWindow')}</span>
        </a>
        {' · '}
        <a href="https://opensource.org/license/mit" target="_blank" rel="noreferrer" lang="en">
          MIT
          <span className="visually-hidden"> {t('about.opensNewWindow')}</span>
        </a>
      </p>
      <h3>{t('about.fontHeading')}</h3>
      <p>
        {t('about.font')}{' '}
        <a href="https://openfontlicense.org" target="_blank" rel="noreferrer" lang="en">
          SIL Open Font License 1.1
          <span className="visually-hidden"> {t('about.opensNewWindow')}</span>
        </a>
      </p>
    </section>
  );
}
