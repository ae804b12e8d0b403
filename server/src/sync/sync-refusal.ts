/** A sync request the server will not carry out, with the HTTP status and a reason for the device. */
export class SyncRefusal extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 409 | 422 | 426,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
