/**
 * A request the server will not carry out, with the HTTP status and a reason for the device.
 * Sync, media, setup, enrolment and device routes all refuse with it, so every refusal has one shape.
 */
export class SyncRefusal extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 426 | 429,
    readonly code: string,
    message: string,
    /** The pushed mutation refused, when one record is the reason: the device holds just that one back. */
    readonly mutationId?: number,
  ) {
    super(message);
  }
}
