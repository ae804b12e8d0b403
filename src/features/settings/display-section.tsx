// "Skærm": how this device shows Rådet. High contrast is chosen per tablet, like the voice;
// "automatic" follows the tablet's own contrast setting.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { contrastChoices, saveContrastChoice, useContrastChoice } from '../../ui/contrast-setting';

export function DisplaySection() {
  const { t } = useTranslation('settings');
  const choice = useContrastChoice();
  const id = useId();
  return (
    <section className="card settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('display.heading')}</h2>
      <fieldset className="settings-display__choices">
        <legend>{t('display.contrast')}</legend>
        {contrastChoices.map((option) => (
          <div key={option} className="settings-display__choice">
            <input
              id={`${id}-${option}`}
              type="radio"
              name={`${id}-contrast`}
              value={option}
              checked={choice === option}
              onChange={() => saveContrastChoice(option)}
            />
            <label htmlFor={`${id}-${option}`}>
              <strong>{t(`display.choice.${option}`)}</strong>
              <span className="settings-display__hint">{t(`display.hint.${option}`)}</span>
            </label>
          </div>
        ))}
      </fieldset>
    </section>
  );
}
