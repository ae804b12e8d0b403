import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Picture } from '../../domain/picture';
import { freshDatabase, renderScreen } from '../../testing/render';
import { PictureField, type PictureFieldProps } from './picture-field';
import type { PictureChoice } from './picture-choice';

const cake: Picture = { type: 'pictogram', id: 'cake' };
const itemPhoto: Picture = { type: 'photo', hash: 'e'.repeat(64) };

/** The field as a form holds it: the value in state, and what the last change was. */
function Holder(
  props: Omit<PictureFieldProps, 'value' | 'onChange' | 'photos'> & { start?: PictureChoice; photos?: 'user' },
) {
  const { start, photos, ...rest } = props;
  const [value, setValue] = useState<PictureChoice | undefined>(start);
  return photos ? (
    <PictureField {...rest} photos={photos} value={value} onChange={setValue} />
  ) : (
    <PictureField {...rest} value={value as Picture | undefined} onChange={setValue} />
  );
}

describe('PictureField', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('offers only the symbol search where photos are off, and names its buttons by the label', async () => {
    renderScreen(<Holder label="Billede til mulighed 1" />);
    expect(await screen.findByRole('button', { name: 'Vælg piktogram: Billede til mulighed 1' })).toBeInTheDocument();
    expect(screen.getByText('Intet billede')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Tag et foto/ })).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/Vælg et foto/)).not.toBeInTheDocument();
  });

  it('offers photos only for a portrait, and refuses a file that is not a picture', async () => {
    const user = userEvent.setup({ applyAccept: false });
    renderScreen(<Holder symbols={false} photos="user" />);
    expect(await screen.findByRole('button', { name: 'Tag et foto' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Vælg piktogram/ })).not.toBeInTheDocument();
    await user.upload(
      screen.getByLabelText('Vælg et foto'),
      new File(['%PDF-1.4'], 'referat.pdf', { type: 'application/pdf' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Filen er ikke et billede.');
    expect(screen.getByText('Intet billede')).toBeInTheDocument();
  });

  it("offers the item's photo, and once it is chosen, to remove it again", async () => {
    const user = userEvent.setup();
    renderScreen(<Holder itemPhoto={itemPhoto} removable />);
    await user.click(await screen.findByRole('button', { name: 'Brug punktets foto' }));
    expect(screen.getByText('Foto')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Brug punktets foto' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fjern billedet' }));
    expect(screen.getByText('Intet billede')).toBeInTheDocument();
  });

  it('goes back to the fallback picture rather than to none', async () => {
    const user = userEvent.setup();
    renderScreen(
      <Holder
        start={cake}
        removable
        fallback={{ picture: { type: 'pictogram', id: 'info' }, caption: 'Standardbilledet for information' }}
      />,
    );
    expect(await screen.findByText('Piktogram: Kage')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Brug standardbilledet' }));
    expect(screen.getByText('Standardbilledet for information')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Brug standardbilledet' })).not.toBeInTheDocument();
  });

  it("shows the form's own message about the picture", async () => {
    renderScreen(<Holder error={{ field: 'picture', key: 'validation.invalid', values: {} }} />);
    const button = await screen.findByRole('button', { name: 'Vælg piktogram' });
    expect(button).toHaveAccessibleDescription(screen.getByRole('alert').textContent ?? '');
  });
});
