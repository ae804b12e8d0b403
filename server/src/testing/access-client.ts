// Calls to the setup, enrolment and device routes for server tests, as an enrolled device makes them.
import type { FastifyInstance } from 'fastify';

export function asDevice(app: FastifyInstance, token: string) {
  const headers = { authorization: `Bearer ${token}` };
  return {
    issueCode: (payload: object) => app.inject({ method: 'POST', url: '/api/enrolment-codes', headers, payload }),
    me: () => app.inject({ method: 'GET', url: '/api/me', headers }),
    devices: () => app.inject({ method: 'GET', url: '/api/devices', headers }),
    revoke: (id: string) => app.inject({ method: 'POST', url: `/api/devices/${id}/revoke`, headers }),
  };
}

export function enrol(app: FastifyInstance, payload: unknown) {
  return app.inject({ method: 'POST', url: '/api/enrol', payload: payload as object });
}
