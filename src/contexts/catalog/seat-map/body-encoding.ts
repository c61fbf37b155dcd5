import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type BodyEncoding = 'br' | 'gzip' | 'identity';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The best encoding the client accepts: brotli, then gzip, else none (a q=0 token refuses one). */
export function pickEncoding(acceptEncoding: string | undefined): BodyEncoding {
  const accepted = new Map<string, number>();
  for (const token of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = token.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name) accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const allows = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (allows('br')) return 'br';
  if (allows('gzip')) return 'gzip';
  return 'identity';
}

/** Compresses off the event loop (zlib's thread pool), at levels that stay fast for a 200 KB map. */
export function encodeBody(body: Buffer, encoding: BodyEncoding): Promise<Buffer> {
  switch (encoding) {
    case 'br':
      return brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
    case 'gzip':
      return gzipAsync(body, { level: 6 });
    case 'identity':
      return Promise.resolve(body);
  }
}
