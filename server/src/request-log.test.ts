// @vitest-environment node
import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { RequestLog } from './request-log';

describe('the request log', () => {
  it('writes one line per answered request: method, path, status and time, no query, address or body', async () => {
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const app = Fastify({ logger: { level: 'info', base: null, stream }, logController: new RequestLog() });
    app.post('/api/things', async () => ({ ok: true }));
    await app.inject({
      method: 'POST',
      url: '/api/things?name=Lone',
      payload: { name: 'Lone Hansen' },
      remoteAddress: '10.1.2.3',
    });
    await app.close();
    const requestLines = lines.filter((line) => line.msg === 'request');
    expect(requestLines).toEqual([expect.objectContaining({ method: 'POST', url: '/api/things', status: 200 })]);
    const everything = JSON.stringify(lines);
    expect(everything).not.toContain('Lone');
    expect(everything).not.toContain('10.1.2.3');
  });
});
