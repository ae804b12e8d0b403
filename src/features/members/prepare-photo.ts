// From a chosen file to a photo ready to save: checked, decoded and resized. Nothing is
// stored here; the form stores the photo only when the member is saved.
import { checkPhotoFile, type PhotoProblem } from './photo-validation';
import { resizePhoto } from './resize-photo';

export type PreparedPhoto = { ok: true; bytes: ArrayBuffer; mime: string } | ({ ok: false } & PhotoProblem);

export async function preparePhoto(file: File, resize: typeof resizePhoto = resizePhoto): Promise<PreparedPhoto> {
  const check = checkPhotoFile(file);
  if (!check.ok) return check;
  const resized = await resize(file);
  if (!resized.ok) return { ok: false, key: 'validation.notAnImage' };
  return resized;
}
