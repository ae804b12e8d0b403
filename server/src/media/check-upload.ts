// Whether an uploaded file may be stored under the hash its URL names: the bytes hash to it,
// they are of an allowed type and really are that type, and an SVG is inert (svg-safety.ts).
import { createHash } from 'node:crypto';
import { hasSignatureOf, storedMimeFor } from '../../../src/domain/media-types';
import { checkSvg } from './svg-safety';

export type UploadCheck =
  | { ok: true; mime: string }
  | { ok: false; status: 400 | 415 | 422; code: 'hash-mismatch' | 'unsupported-type' | 'unsafe-svg'; message: string };

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function checkUpload(hash: string, contentType: string, bytes: Uint8Array): UploadCheck {
  if (sha256Hex(bytes) !== hash) {
    return {
      ok: false,
      status: 400,
      code: 'hash-mismatch',
      message: 'The file does not have the SHA-256 its address names. Upload it again.',
    };
  }
  const claimed = storedMimeFor(contentType);
  if (!claimed) return unsupported('The server does not keep files of this type.');
  if (claimed.type === 'image/svg+xml') {
    const verdict = checkSvg(bytes);
    if (!verdict.ok) {
      return verdict.reason === 'unsafe-svg'
        ? { ok: false, status: 422, code: 'unsafe-svg', message: verdict.detail }
        : unsupported(verdict.detail);
    }
  } else if (!hasSignatureOf(claimed.type, bytes)) {
    return unsupported(`The file is not the ${claimed.type} it claims to be.`);
  }
  return { ok: true, mime: claimed.mime };
}

function unsupported(message: string): UploadCheck {
  return { ok: false, status: 415, code: 'unsupported-type', message };
}
