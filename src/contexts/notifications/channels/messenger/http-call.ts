export type HttpOutcome =
  | { kind: 'answer'; status: number; body: unknown }
  /** No usable HTTP answer: refused, reset, timed out, or a body that is not JSON. */
  | { kind: 'no-answer'; reason: string };

/**
 * One HTTP request to a bot API. Never throws, and never puts the URL in a reason:
 * both bot APIs carry the token in it.
 */
export async function callBotApi(url: URL, init: RequestInit, timeoutMs: number): Promise<HttpOutcome> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
  } catch (error) {
    return { kind: 'no-answer', reason: networkReason(error, timeoutMs) };
  }
  let text = '';
  try {
    text = await response.text();
    return { kind: 'answer', status: response.status, body: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'no-answer', reason: `HTTP ${response.status} with a body that is not JSON: ${text.slice(0, 200)}` };
  }
}

function networkReason(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
  // undici reports "fetch failed" and keeps the useful part (ECONNREFUSED, ...) in cause.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
  const message = error instanceof Error ? error.message : String(error);
  return cause ? `${message}: ${cause}` : message;
}

/** Reads a string or number field of a JSON object answer. */
export function field(body: unknown, ...path: string[]): unknown {
  let value: unknown = body;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
