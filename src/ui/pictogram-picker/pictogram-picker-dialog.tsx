// The symbol picker staff use wherever a picture is chosen (through shared/picture-field): a
// search in Danish or English over Rådet's pictograms and OpenMoji, categories to browse,
// and the facility's favourites and recently used symbols. Big tiles, keyboard and screen
// reader friendly: a labelled search, a polite count, Escape closes.
//
// It knows nothing of storage: the picture field passes favourites and recent symbols in, and
// stores what is picked in onPick (the dialog waits for it and shows when it fails).
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogueCategories, type CatalogueCategory } from '../../domain/catalogue-schema';
import { pictogramCategories } from '../../domain/pictogram-manifest';
import type { UsedSymbol } from '../../domain/pictogram-usage';
import { pickedFromEntry, pickedFromUsage, type PickedSymbol } from './picked-symbol';
import { coreEntries, loadSymbolIndex, type LoadSymbolIndex, type SymbolIndex } from './symbol-index';
import { SymbolTile } from './symbol-tile';
import { useModalDialog } from '../use-modal-dialog';
import './pictogram-picker.css';

export interface PictogramPickerDialogProps {
  open: boolean;
  /** The symbol chosen now, marked as pressed. */
  selectedId?: string;
  /** Stores the choice; the dialog shows it is busy until this settles, and a message if it rejects. */
  onPick: (symbol: PickedSymbol) => Promise<void> | void;
  onClose: () => void;
  /** The facility's starred symbols; leave out to hide favourites (and the stars). */
  favourites?: readonly UsedSymbol[];
  /** The facility's recently picked symbols, newest first. */
  recent?: readonly UsedSymbol[];
  onToggleFavourite?: (symbol: PickedSymbol, favourite: boolean) => Promise<unknown>;
  /** For tests: where the search index comes from. */
  loadIndex?: LoadSymbolIndex;
}

const pageSize = 60;
const coreCategorySet = new Set<string>(pictogramCategories);
const openMojiCategories = catalogueCategories.filter((c) => !coreCategorySet.has(c));

export function PictogramPickerDialog(props: PictogramPickerDialogProps) {
  const { open, onClose } = props;
  // Asked for here, not only in the body: the strings then load with the screen, not at the tap.
  useTranslation('pictogram-picker');
  const dialogRef = useModalDialog(open, onClose);
  const titleId = useId();

  return (
    <dialog ref={dialogRef} className="modal-dialog pictogram-picker" aria-labelledby={titleId}>
      {/* Mounted afresh at every opening: an empty search, the start view, a new index load if needed. */}
      {open && <PickerBody {...props} titleId={titleId} />}
    </dialog>
  );
}

type IndexState = { status: 'loading' } | { status: 'ready'; loaded: SymbolIndex };

function PickerBody({
  selectedId,
  onPick,
  onClose,
  favourites,
  recent,
  onToggleFavourite,
  loadIndex = loadSymbolIndex,
  titleId,
}: PictogramPickerDialogProps & { titleId: string }) {
  const { t, i18n } = useTranslation('pictogram-picker');
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<CatalogueCategory | null>(null);
  const [shown, setShown] = useState(pageSize);
  const [indexState, setIndexState] = useState<IndexState>({ status: 'loading' });
  const [picking, setPicking] = useState<string | null>(null);
  const [problem, setProblem] = useState<'pick' | 'favourite' | null>(null);
  const searchId = useId();
  const hintId = useId();

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Start once the first tiles are painted (the task after the next frame): fetching and
    // parsing the catalogue must not hold them back.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        void loadIndex().then((loaded) => {
          if (!cancelled) setIndexState({ status: 'ready', loaded });
        });
      }, 0);
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [loadIndex]);

  const index = indexState.status === 'ready' ? indexState.loaded.index : undefined;
  const coreOnly = indexState.status === 'ready' && indexState.loaded.scope === 'core-only';
  const trimmed = query.trim();

  const results = useMemo((): PickedSymbol[] | undefined => {
    if (trimmed) return index?.search(trimmed, { lang, limit: pageSize }).map(pickedFromEntry);
    if (category) return index?.inCategory(category).map(pickedFromEntry);
    return undefined;
  }, [index, trimmed, category, lang]);

  const coreSet = useMemo(() => coreEntries().map(pickedFromEntry), []);
  const favouriteIds = useMemo(() => new Set((favourites ?? []).map((f) => f.pictogramId)), [favourites]);
  const showStars = favourites !== undefined && onToggleFavourite !== undefined;

  async function pick(symbol: PickedSymbol) {
    setPicking(symbol.pictogramId);
    setProblem(null);
    try {
      await onPick(symbol);
    } catch {
      setProblem('pick');
    } finally {
      setPicking(null);
    }
  }

  async function toggleFavourite(symbol: PickedSymbol, favourite: boolean) {
    setProblem(null);
    try {
      await onToggleFavourite?.(symbol, favourite);
    } catch {
      setProblem('favourite');
    }
  }

  function grid(symbols: readonly PickedSymbol[], labelledBy?: string) {
    return (
      <ul className="pictogram-picker__grid" aria-labelledby={labelledBy}>
        {symbols.map((symbol) => (
          <li key={symbol.pictogramId}>
            <SymbolTile
              symbol={symbol}
              lang={lang}
              selected={selectedId === symbol.pictogramId}
              favourite={favouriteIds.has(symbol.pictogramId)}
              disabled={picking !== null}
              favouriteLabel={t('favourite', { label: symbol.label[lang] })}
              onPick={(s) => void pick(s)}
              onToggleFavourite={showStars ? (s, f) => void toggleFavourite(s, f) : undefined}
            />
          </li>
        ))}
      </ul>
    );
  }

  let status = '';
  if (trimmed || category) {
    if (!results) status = t('loadingSearch');
    else if (results.length === 0) status = trimmed ? t('none', { query: trimmed }) : t('emptyCategory');
    else if (trimmed) status = t('count', { count: results.length });
    else status = t('categoryCount', { count: results.length });
  }

  return (
    <div className="pictogram-picker__inner">
      <div className="pictogram-picker__head">
        <h2 id={titleId}>{t('title')}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t('actions.close', { ns: 'common' })}
        </button>
      </div>
      <div className="field pictogram-picker__search">
        <label htmlFor={searchId}>{t('search')}</label>
        <span id={hintId} className="field__hint">
          {t('searchHint')}
        </span>
        <input
          data-autofocus
          id={searchId}
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hintId}
          onChange={(e) => {
            setQuery(e.target.value);
            setShown(pageSize);
          }}
          // The dialog may sit inside a form: Enter here must not submit it.
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault();
          }}
        />
      </div>
      {indexState.status === 'loading' && (
        <p className="pictogram-picker__loading" role="status">
          {t('loadingCatalogue')}
        </p>
      )}
      {coreOnly && (
        <p className="notice notice--warning pictogram-picker__notice" role="status">
          {t('coreOnly')}
        </p>
      )}
      <div className="pictogram-picker__categories" role="group" aria-label={t('categories')}>
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={category === null && !trimmed}
          onClick={() => {
            setCategory(null);
            setQuery('');
          }}
        >
          {t('start')}
        </button>
        {[...pictogramCategories, ...(index && !coreOnly ? openMojiCategories : [])].map((c) => (
          <button
            key={c}
            type="button"
            className="button button--quiet"
            aria-pressed={category === c && !trimmed}
            disabled={!index}
            onClick={() => {
              setCategory(c);
              setQuery('');
              setShown(pageSize);
            }}
          >
            {t(`category.${c}`)}
          </button>
        ))}
      </div>
      <p className="pictogram-picker__count" aria-live="polite">
        {status}
      </p>
      {problem && (
        <p className="notice notice--error pictogram-picker__notice" role="alert">
          {t(problem === 'pick' ? 'pickFailed' : 'favouriteFailed')}
        </p>
      )}
      {picking && (
        <p className="pictogram-picker__loading" role="status">
          {t('storing')}
        </p>
      )}
      <div className="pictogram-picker__results">
        {results ? (
          <>
            {grid(results.slice(0, shown))}
            {results.length > shown && (
              <button
                type="button"
                className="button pictogram-picker__more"
                onClick={() => setShown((n) => n + pageSize)}
              >
                {t('showMore', { count: Math.min(pageSize, results.length - shown) })}
              </button>
            )}
          </>
        ) : trimmed || category ? null : (
          <StartView favourites={favourites} recent={recent} core={coreSet} grid={grid} />
        )}
      </div>
    </div>
  );
}

interface StartViewProps {
  favourites: readonly UsedSymbol[] | undefined;
  recent: readonly UsedSymbol[] | undefined;
  core: readonly PickedSymbol[];
  grid: (symbols: readonly PickedSymbol[], labelledBy?: string) => ReactNode;
}

/** Before anything is typed: the facility's favourites, what was used lately, and our own set. */
function StartView({ favourites, recent, core, grid }: StartViewProps) {
  const { t } = useTranslation('pictogram-picker');
  const favouritesId = useId();
  const recentId = useId();
  const coreId = useId();
  return (
    <>
      {favourites !== undefined && (
        <section className="pictogram-picker__section">
          <h3 id={favouritesId}>{t('favourites')}</h3>
          {favourites.length > 0 ? (
            grid(favourites.map(pickedFromUsage), favouritesId)
          ) : (
            <p className="pictogram-picker__hint">{t('noFavourites')}</p>
          )}
        </section>
      )}
      {recent !== undefined && recent.length > 0 && (
        <section className="pictogram-picker__section">
          <h3 id={recentId}>{t('recent')}</h3>
          {grid(recent.map(pickedFromUsage), recentId)}
        </section>
      )}
      <section className="pictogram-picker__section">
        <h3 id={coreId}>{t('coreSet')}</h3>
        {grid(core, coreId)}
      </section>
    </>
  );
}
