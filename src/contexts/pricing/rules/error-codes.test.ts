import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRICING_ERROR_CODES } from './error-codes.ts';

// Keeps the published list honest: every code the rules (and the money and decimal libs) throw is in it.
const sources = [
  ...readdirSync(import.meta.dirname)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => join(import.meta.dirname, name)),
  join(import.meta.dirname, '../../../shared/money.ts'),
  join(import.meta.dirname, '../../../shared/decimal.ts'),
];

describe('PRICING_ERROR_CODES', () => {
  it('lists every code thrown', () => {
    const thrown = new Set(
      sources.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/(?:refuse|unprocessable|badRequest)\(\s*'([^']+)'/g)].map((match) => match[1])),
    );
    expect(thrown.size).toBeGreaterThan(20);
    expect([...thrown].filter((code) => !PRICING_ERROR_CODES.includes(code as never))).toEqual([]);
  });
});
