// The way in for a photo, from a file or the camera: check the file, let staff crop it, then
// shrink and re-encode it (ui/photo). What comes out is a NewPhoto, stored only when the form saves.
import { useEffect, useState, type ChangeEvent } from 'react';
import type { Frame } from '../../ui/photo/crop-geometry';
import { checkPhotoFile, photoProblemOf, preparePhoto, type PhotoProblem } from '../../ui/photo/prepare-photo';
import type { NewPhoto } from './picture-choice';

export function usePhotoIntake(onPhoto: (photo: NewPhoto) => void, afterCrop: () => void) {
  /** The photo waiting to be cropped: the original file or camera shot, and its preview URL. */
  const [cropSource, setCropSource] = useState<{ blob: Blob; url: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<PhotoProblem | null>(null);

  useEffect(
    () => () => {
      if (cropSource) URL.revokeObjectURL(cropSource.url);
    },
    [cropSource],
  );

  /** A camera shot, or a file that passed its check, goes to the crop step. */
  function crop(blob: Blob) {
    setProblem(null);
    setCropSource({ blob, url: URL.createObjectURL(blob) });
  }

  function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Let the same file be chosen again after an error.
    input.value = '';
    if (!file) return;
    const refused = checkPhotoFile(file);
    if (refused) setProblem(refused);
    else crop(file);
  }

  async function finishCrop(frame: Frame) {
    if (!cropSource) return;
    setBusy(true);
    try {
      // A file that does not decode is not a picture, whatever its name says: preparePhoto throws.
      const prepared = await preparePhoto(cropSource.blob, frame);
      onPhoto({ type: 'new-photo', bytes: prepared.bytes, mime: prepared.mime });
    } catch (error) {
      setProblem(photoProblemOf(error));
    } finally {
      setBusy(false);
      setCropSource(null);
      requestAnimationFrame(afterCrop);
    }
  }

  function cancelCrop() {
    setCropSource(null);
    afterCrop();
  }

  return {
    cropUrl: cropSource?.url ?? null,
    busy,
    problem,
    clearProblem: () => setProblem(null),
    crop,
    chooseFile,
    finishCrop,
    cancelCrop,
  };
}
