// What a picture field holds. A symbol is stored the moment it is picked (its drawing must show
// offline), but a new photo waits as bytes until its form saves: a form left unsaved keeps no
// photo of anyone on the tablet, nor in its backups.
import type { Picture } from '../../domain/picture';
import { putMedia } from '../../storage/media-store';

/** A photo taken or chosen in this form, cropped and shrunk, not stored yet. */
export interface NewPhoto {
  type: 'new-photo';
  bytes: ArrayBuffer;
  mime: string;
}

export type PictureChoice = Picture | NewPhoto;

export async function storeNewPhoto(photo: NewPhoto): Promise<Extract<Picture, { type: 'photo' }>> {
  return { type: 'photo', hash: await putMedia(photo.bytes, photo.mime) };
}

/** Stores a new photo and returns the picture to save; any other choice is already stored. */
export async function storePictureChoice(choice: PictureChoice | undefined): Promise<Picture | undefined> {
  return choice?.type === 'new-photo' ? storeNewPhoto(choice) : choice;
}
