import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPictogramIndex } from '../../domain/pictogram-search';
import type { UsedSymbol } from '../../domain/pictogram-usage';
import { renderScreen } from '../../testing/render';
import type { PickedSymbol } from './picked-symbol';
import { PictogramPickerDialog, type PictogramPickerDialogProps } from './pictogram-picker-dialog';
import { coreEntries, loadSymbolIndex, type SymbolEntry, type SymbolIndex } from './symbol-index';

const openMoji: SymbolEntry[] = [
  {
    id: 'om-1f382',
    source: 'openmoji',
    labels: { da: 'fødselsdagskage', en: 'birthday cake' },
    tags: { da: ['kage', 'fødselsdag'], en: ['cake', 'birthday'] },
    category: 'food-drink',
  },
  {
    id: 'om-1f68c',
    source: 'openmoji',
    labels: { da: 'bus', en: 'bus' },
    tags: { da: ['køretøj'], en: ['vehicle'] },
    category: 'travel-places',
  },
];
const catalogue = (): Promise<SymbolIndex> =>
  Promise.resolve({ index: createPictogramIndex([...coreEntries(), ...openMoji]), scope: 'catalogue' });

function Harness(props: Partial<PictogramPickerDialogProps>) {
  const [open, setOpen] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Åbn
      </button>
      <PictogramPickerDialog
        open={open}
        onPick={() => setOpen(false)}
        onClose={() => setOpen(false)}
        loadIndex={catalogue}
        {...props}
      />
    </>
  );
}

function openPicker(props: Partial<PictogramPickerDialogProps> = {}, language: 'da' | 'en' = 'da') {
  renderScreen(<Harness {...props} />, { language });
  return screen.findByRole('dialog', { name: language === 'da' ? 'Vælg et piktogram' : 'Choose a pictogram' });
}

const tileNames = (list: HTMLElement) =>
  within(list)
    .getAllByRole('button')
    .filter((b) => b.hasAttribute('data-symbol-id'))
    .map((b) => b.textContent);

describe('PictogramPickerDialog', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('finds a symbol by a Danish inflection, our own first, and says how many', async () => {
    const user = userEvent.setup();
    const dialog = await openPicker();
    await user.type(within(dialog).getByLabelText('Søg efter billede'), 'kager');
    const [list] = await within(dialog).findAllByRole('list');
    expect(tileNames(list!).slice(0, 2)).toEqual(['Kage', 'Fødselsdagskage']);
    expect(within(dialog).getByText(/^\d+ billeder fundet$/)).toHaveAttribute('aria-live', 'polite');
  });

  it('searches in English too', async () => {
    const user = userEvent.setup();
    const dialog = await openPicker({}, 'en');
    await user.type(within(dialog).getByLabelText('Search for a picture'), 'bus');
    expect(await within(dialog).findByRole('button', { name: 'Bus' })).toBeInTheDocument();
  });

  it('hands back the picked symbol with its labels', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn();
    const dialog = await openPicker({ onPick });
    await user.type(within(dialog).getByLabelText('Søg efter billede'), 'fødselsdag');
    await user.click(await within(dialog).findByRole('button', { name: 'Fødselsdagskage' }));
    expect(onPick).toHaveBeenCalledWith<[PickedSymbol]>({
      pictogramId: 'om-1f382',
      label: { da: 'Fødselsdagskage', en: 'Birthday cake' },
      source: 'openmoji',
    });
  });

  it('says so when the picked symbol could not be stored, and stays open', async () => {
    const user = userEvent.setup();
    const dialog = await openPicker({ onPick: () => Promise.reject(new Error('offline')) });
    await user.type(within(dialog).getByLabelText('Søg efter billede'), 'bus');
    await user.click(await within(dialog).findByRole('button', { name: 'Bus' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/Billedet kunne ikke hentes/);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('shows the facility’s favourites and stars a symbol', async () => {
    const user = userEvent.setup();
    const onToggleFavourite = vi.fn(() => Promise.resolve());
    const favourites: UsedSymbol[] = [{ pictogramId: 'om-1f68c', label: { da: 'Bus', en: 'Bus' } }];
    const dialog = await openPicker({ favourites, onToggleFavourite });

    const list = within(dialog).getByRole('list', { name: 'Favoritter' });
    expect(tileNames(list)).toEqual(['Bus']);
    expect(within(list).getByRole('button', { name: 'Favorit: Bus' })).toHaveAttribute('aria-pressed', 'true');

    await user.type(within(dialog).getByLabelText('Søg efter billede'), 'kaffe');
    await user.click(await within(dialog).findByRole('button', { name: 'Favorit: Kaffe' }));
    expect(onToggleFavourite).toHaveBeenCalledWith(expect.objectContaining({ pictogramId: 'coffee' }), true);
  });

  it('invites staff to star symbols when there are no favourites yet', async () => {
    const dialog = await openPicker({ favourites: [], onToggleFavourite: vi.fn() });
    expect(within(dialog).getByText(/Tryk på stjernen ved et billede/)).toBeInTheDocument();
  });

  it('shows recently used symbols first, even before the search is ready', async () => {
    const recent: UsedSymbol[] = [
      { pictogramId: 'cake', label: { da: 'Kage', en: 'Cake' } },
      { pictogramId: 'om-1f68c', label: { da: 'Bus', en: 'Bus' } },
    ];
    const dialog = await openPicker({ recent, loadIndex: () => new Promise(() => undefined) });
    expect(within(dialog).getByRole('status')).toHaveTextContent('Henter symbolerne …');
    expect(tileNames(within(dialog).getByRole('list', { name: 'Senest brugt' }))).toEqual(['Kage', 'Bus']);
    expect(within(dialog).getByRole('list', { name: 'Rådets piktogrammer' })).toBeInTheDocument();
  });

  it('browses a category of the catalogue', async () => {
    const user = userEvent.setup();
    const dialog = await openPicker();
    await user.click(await within(dialog).findByRole('button', { name: 'Rejser og steder' }));
    expect(tileNames(within(dialog).getByRole('list'))).toEqual(['Bus']);
    expect(within(dialog).getByText('1 billede i gruppen')).toBeInTheDocument();
  });

  it('searches only our own pictograms, and says so, when the catalogue cannot be fetched', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const user = userEvent.setup();
    const dialog = await openPicker({ loadIndex: loadSymbolIndex });
    expect(await within(dialog).findByText(/Du kan kun søge i Rådets egne piktogrammer/)).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Rejser og steder' })).not.toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Søg efter billede'), 'kager');
    const names = tileNames(await within(dialog).findByRole('list'));
    expect(names[0]).toBe('Kage');
    expect(names).not.toContain('Fødselsdagskage');
  });

  it('searches only our own pictograms when the tablet is offline', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      const dialog = await openPicker({ loadIndex: loadSymbolIndex });
      expect(await within(dialog).findByText(/Du kan kun søge i Rådets egne piktogrammer/)).toBeInTheDocument();
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('closes with Escape and gives focus back', async () => {
    const user = userEvent.setup();
    renderScreen(<Harness />);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('Søg efter billede')).toHaveFocus();
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    const opener = screen.getByRole('button', { name: 'Åbn' });
    await user.click(opener);
    fireEvent(await screen.findByRole('dialog'), new Event('cancel', { cancelable: true }));
    expect(opener).toHaveFocus();
  });
});
