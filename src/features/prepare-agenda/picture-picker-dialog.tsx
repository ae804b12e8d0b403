// Choose one of the core pictograms: a grid of big tiles, a search box that understands
// Danish and English words, and a category filter.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pictogramCategories, type PictogramCategory } from '../../domain/pictogram-manifest';
import { corePictograms, pictogramText } from '../../ui/pictogram-catalog';
import { PictureView } from '../../ui/picture-view';
import { filterPictograms } from './filter-pictograms';

interface Props {
  open: boolean;
  selectedId: string | undefined;
  onPick: (id: string) => void;
  onClose: () => void;
}

export function PicturePickerDialog({ open, selectedId, onPick, onClose }: Props) {
  const { t, i18n } = useTranslation('prepare-agenda');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<PictogramCategory | null>(null);
  const titleId = useId();
  const searchId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setQuery('');
      setCategory(null);
      // showModal makes the rest of the page inert and gives Escape for free; jsdom lacks it.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      searchRef.current?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  const results = useMemo(
    () => filterPictograms(corePictograms(), query, category, i18n.language),
    [query, category, i18n.language],
  );

  return (
    <dialog
      ref={dialogRef}
      className="picture-picker"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <div className="picture-picker__inner">
          <div className="picture-picker__head">
            <h2 id={titleId}>{t('picker.title')}</h2>
            <button type="button" className="button" onClick={onClose}>
              {t('actions.close', { ns: 'common' })}
            </button>
          </div>
          <div className="field picture-picker__search">
            <label htmlFor={searchId}>{t('picker.search')}</label>
            <input
              ref={searchRef}
              id={searchId}
              type="search"
              value={query}
              autoComplete="off"
              onChange={(e) => setQuery(e.target.value)}
              // The dialog sits inside the item form: Enter here must not save the item.
              onKeyDown={(e) => {
                if (e.key === 'Enter') e.preventDefault();
              }}
            />
          </div>
          <div className="picture-picker__categories" role="group" aria-label={t('picker.categories')}>
            <button type="button" className="button button--quiet" aria-pressed={category === null} onClick={() => setCategory(null)}>
              {t('picker.allCategories')}
            </button>
            {pictogramCategories.map((c) => (
              <button key={c} type="button" className="button button--quiet" aria-pressed={category === c} onClick={() => setCategory(c)}>
                {t(`picker.category.${c}`)}
              </button>
            ))}
          </div>
          <p className="picture-picker__count" aria-live="polite">
            {results.length === 0 ? t('picker.none', { query }) : t('picker.count', { count: results.length })}
          </p>
          <ul className="picture-picker__grid">
            {results.map((entry) => {
              const label = pictogramText(entry.id, i18n.language);
              return (
                <li key={entry.id}>
                  <button
                    type="button"
                    className="picture-picker__tile"
                    aria-pressed={selectedId === entry.id}
                    onClick={() => onPick(entry.id)}
                  >
                    <PictureView picture={{ type: 'pictogram', id: entry.id }} size={80} decorative />
                    <span>{label}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </dialog>
  );
}
