import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../ui/language-switch';
import { StaffPage } from '../../ui/staff-page';
import { AboutSection } from './about-section';
import { BackupSection } from './backup-section';
import { DisplaySection } from './display-section';
import { StorageSection } from './storage-section';
import { SyncSection } from './sync-section';
import { VoiceSection } from './voice-section';
import { paths } from '../../ui/paths';
import './settings-screen.css';

export function SettingsScreen() {
  const { t } = useTranslation('settings');
  return (
    <StaffPage title={t('title')} backTo={paths.home()} backLabel={t('backHome')}>
      <div className="settings-grid">
        <section className="card settings-section" aria-labelledby="settings-language">
          <h2 id="settings-language">{t('language.heading')}</h2>
          <p>{t('language.hint')}</p>
          <LanguageSwitch />
        </section>
        <VoiceSection />
        <DisplaySection />
        <SyncSection />
        <StorageSection />
        <BackupSection />
        <AboutSection />
      </div>
    </StaffPage>
  );
}
