// What an audit entry changed, field by field: its before and after are JSON records,
// flattened to dotted paths so a nested change (flags.isUseOneCategory) shows as one line.

export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
  kind: 'added' | 'removed' | 'changed';
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function flatten(value: unknown, prefix: string, out: Map<string, unknown>): Map<string, unknown> {
  if (isRecord(value) && Object.keys(value).length > 0) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  } else if (prefix) {
    out.set(prefix, value);
  }
  return out;
}

/** The fields that differ between before and after, in the order they appear; lists compare whole. */
export function auditChanges(before: unknown, after: unknown): FieldChange[] {
  const was = flatten(before, '', new Map());
  const now = flatten(after, '', new Map());
  const paths = [...new Set([...was.keys(), ...now.keys()])];
  return paths.flatMap((path): FieldChange[] => {
    const inBefore = was.has(path);
    const inAfter = now.has(path);
    const a = was.get(path);
    const b = now.get(path);
    if (inBefore && inAfter) return JSON.stringify(a) === JSON.stringify(b) ? [] : [{ path, before: a, after: b, kind: 'changed' }];
    return inAfter ? [{ path, before: undefined, after: b, kind: 'added' }] : [{ path, before: a, after: undefined, kind: 'removed' }];
  });
}

/** A value as one short line of text. */
export function showValue(value: unknown): string {
  if (value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
