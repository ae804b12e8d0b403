// One-time codes. A setup code travels in a link, so it is long; an enrolment code is typed on a
// tablet, so it is short: 8 characters from 31 that cannot be mistaken for each other (no 0/O,
// 1/I/L), about 40 bits. At the rate limit of 10 tries a minute per address, an even chance of
// guessing one code within its 10 minutes would take billions of addresses. Only a code's SHA-256 is stored.
import { randomBytes, randomInt } from 'node:crypto';

const enrolmentAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const enrolmentLength = 8;

/** Shown as two groups, `ABCD-EFGH`, easier to read out and type. */
export function newEnrolmentCode(): string {
  let code = '';
  for (let i = 0; i < enrolmentLength; i++) code += enrolmentAlphabet[randomInt(enrolmentAlphabet.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What a person typed, as the code was issued: case, spaces and dashes do not matter. */
export function normaliseEnrolmentCode(typed: string): string {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '');
  return plain.length === enrolmentLength ? `${plain.slice(0, 4)}-${plain.slice(4)}` : plain;
}

export function newSetupCode(): string {
  return randomBytes(24).toString('base64url');
}
