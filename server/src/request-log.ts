// What the server writes about each request: one line when it is answered, with method, path,
// status and time only. Never bodies, which hold personal data, and no addresses or query
// strings either (an IP address is personal data too). Fastify's default is two lines per
// request with the address; on a busy server those log writes were a noticeable part of what
// each sync request cost.
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

export class RequestLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = {
      method: request.method,
      url: request.url.split('?')[0],
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    };
    if (error) reply.log.error({ ...line, err: error }, 'request failed');
    else reply.log.info(line, 'request');
  }
}
