import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Picture } from '../../domain/picture';
import { corePictograms, pictogramText } from '../../ui/pictogram-catalog';
import { PictureView } from '../../ui/picture-view';

interface PictogramPickerProps {
  value: Picture | undefined;
  onChange: (picture: Picture | undefined) => void;
  /** A photo already on the item, offered first so it can be kept. */
  photo?: Picture | undefined;
}

function matches(query: string, lang: string, id: string): boolean {
  const q = query.trim().toLocaleLowerCase(lang);
  if (!q) return true;
  const entry = corePictograms().find((p) => p.id === id);
  if (!entry) return false;
  const words = lang === 'en' ? [entry.labels.en, ...entry.synonyms.en] : [entry.labels.da, ...entry.synonyms.da];
  return words.some((w) => w.toLocaleLowerCase(lang).includes(q));
}

const key = (p: Picture | undefined) => (!p ? 'none' : p.type === 'pictogram' ? `p:${p.id}` : `f:${p.hash}`);

/** A compact choice among the core pictograms, with a word filter. */
export function PictogramPicker({ value, onChange, photo }: PictogramPickerProps) {
  const { t, i18n } = useTranslation('run-meeting');
  const [query, setQuery] = useState('');
  const filterId = useId();
  const name = useId();
  const lang = i18n.language;
  const shown = corePictograms().filter((p) => matches(query, lang, p.id));
  const selected = key(value);
  const chosenLabel = !value
    ? t('decision.noPicture')
    : value.type === 'pictogram'
      ? pictogramText(value.id, lang)
      : t('decision.picture');

  const option = (picture: Picture | undefined, label: string) => (
    <label key={key(picture)} className="meeting-picker__option">
      <input
        type="radio"
        name={name}
        className="visually-hidden"
        checked={selected === key(picture)}
        onChange={() => onChange(picture)}
      />
      {picture ? <PictureView picture={picture} decorative size={52} /> : <span className="meeting-picker__none" aria-hidden="true">∅</span>}
      <span className="meeting-picker__label">{label}</span>
    </label>
  );

  return (
    <fieldset className="meeting-picker">
      <legend>{t('decision.picture')}</legend>
      <div className="meeting-picker__top">
        <div className="meeting-picker__chosen" aria-live="polite">
          <PictureView picture={value} decorative size={72} />
          <span>{t('decision.chosenPicture', { label: chosenLabel })}</span>
        </div>
        <div className="field meeting-picker__filter">
          <label htmlFor={filterId}>{t('decision.pictureFilter')}</label>
          <input
            id={filterId}
            type="search"
            value={query}
            placeholder={t('decision.pictureFilterHint')}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
      </div>
      <div className="meeting-picker__grid">
        {!query.trim() && option(undefined, t('decision.noPicture'))}
        {!query.trim() && photo?.type === 'photo' && option(photo, t('decision.picture'))}
        {shown.map((p) => option({ type: 'pictogram', id: p.id }, pictogramText(p.id, lang)))}
        {shown.length === 0 && <p className="meeting-picker__empty">{t('decision.noPictures')}</p>}
      </div>
    </fieldset>
  );
}
