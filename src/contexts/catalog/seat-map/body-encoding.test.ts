import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeBody, pickEncoding } from './body-encoding.ts';

describe('the seat map body encoding', () => {
  it('prefers brotli, then gzip, and honours q=0 and *', () => {
    expect(pickEncoding('gzip, deflate, br')).toBe('br');
    expect(pickEncoding('gzip, br;q=0')).toBe('gzip');
    expect(pickEncoding('deflate')).toBe('identity');
    expect(pickEncoding(undefined)).toBe('identity');
    expect(pickEncoding('*')).toBe('br');
    expect(pickEncoding('*, br;q=0')).toBe('gzip');
    expect(pickEncoding('identity')).toBe('identity');
  });

  it('compresses so that the client gets the same bytes back', async () => {
    const body = Buffer.from(JSON.stringify({ rows: Array.from({ length: 500 }, (_, i) => ({ r: String(i), n: 30 })) }));
    expect(brotliDecompressSync(await encodeBody(body, 'br'))).toEqual(body);
    expect(gunzipSync(await encodeBody(body, 'gzip'))).toEqual(body);
    expect(await encodeBody(body, 'identity')).toBe(body);
  });
});
