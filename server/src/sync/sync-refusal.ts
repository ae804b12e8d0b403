/** A sync or media request the server will not carry out, with the HTTP status and a reason for the device. */
export class SyncRefusal extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 426,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
