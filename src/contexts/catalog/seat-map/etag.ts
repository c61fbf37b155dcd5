import { createHash } from 'node:crypto';

/**
 * A weak ETag over the given parts: weak because the same map is sent gzip, brotli or
 * plain, and the read time (`at`) is left out of the parts so an unchanged map matches.
 */
export function weakEtag(...parts: string[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\u0000');
  return `W/"${hash.digest('base64url').slice(0, 22)}"`;
}

/** Whether an If-None-Match header names this ETag (or is `*`). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}
