import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient, formField } from './api.ts';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': status < 300 ? 'application/json' : 'application/problem+json' } });

describe('api client', () => {
  it('turns problem details into an error naming the field as the form knows it', async () => {
    const client = createApiClient(async () => json(400, { status: 400, code: 'validation_failed', detail: 'body.phone: bad', field: 'body.phone', errors: [{ field: 'body.phone', message: 'bad' }, { field: 'body.document.number', message: 'must be given' }] }));
    const error = (await client.post('/api/auth/register', {}).catch((failure: unknown) => failure)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.field).toBe('phone');
    expect(error.fieldErrors()).toEqual([{ field: 'phone', message: 'bad' }, { field: 'document.number', message: 'must be given' }]);
    expect(formField('lines.0.visitObjectIds')).toBe('lines.0.visitObjectIds');
  });

  it('sends the anti-forgery token with writes, and fetches it again once when the session has another', async () => {
    const seen: (string | null)[] = [];
    const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input) === '/api/auth/csrf') return json(200, { csrfToken: 'fresh' });
      const token = new Headers(init?.headers).get('x-csrf-token');
      seen.push(token);
      return token === 'fresh' ? json(200, { ok: true }) : json(403, { status: 403, code: 'csrf_token_invalid', detail: 'no' });
    });
    const client = createApiClient(fetchMock);
    client.setCsrfToken('stale');
    expect(await client.post('/api/quotes', { lines: [] })).toEqual({ ok: true });
    expect(seen).toEqual(['stale', 'fresh']);
  });

  it('says when the server cannot be reached', async () => {
    const client = createApiClient(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(client.get('/api/venues')).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });
});
