import type { z } from 'zod';
import { expandLayout, type PlannedSeat } from './expand-layout.ts';
import { venueFile, type VenueFile } from './venue-file.ts';

// Reads a venue file's text and says exactly where it is wrong: a JSON syntax error by
// line and column, a schema error by its JSON path (halls[0].zones[2].rows[5].seats).
// Pure: nothing is written until the whole file is known to be sound.

export interface FileProblem {
  /** "line 12, column 5" or a JSON path such as "halls[0].zones[2].rows[5].seats". */
  where: string;
  message: string;
}

export type ParsedVenueFile =
  | { ok: true; file: VenueFile; seatsByHall: PlannedSeat[][] }
  | { ok: false; problems: FileProblem[] };

/** ["halls", 0, "zones", 2] -> "halls[0].zones[2]". */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  const text = path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
  return text.startsWith('.') ? text.slice(1) : text || '(the whole file)';
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

function syntaxProblem(text: string, error: SyntaxError): FileProblem {
  const found = /at position (\d+)/.exec(error.message);
  const offset = found ? Number(found[1]) : /end of JSON input/.test(error.message) ? text.length : null;
  const message = error.message.replace(/\s*in JSON at position \d+.*$/, '').replace(/,\s*".*" is not valid JSON$/s, '');
  if (offset === null) return { where: 'line 1, column 1', message: `not valid JSON: ${message}` };
  const { line, column } = lineAndColumn(text, offset);
  return { where: `line ${line}, column ${column}`, message: `not valid JSON: ${message}` };
}

function schemaProblems(issues: readonly z.core.$ZodIssue[]): FileProblem[] {
  return issues.map((issue) => ({ where: formatJsonPath(issue.path), message: issue.message }));
}

function duplicates<T>(items: readonly T[], key: (item: T) => string, path: (index: number) => PropertyKey[], what: string): FileProblem[] {
  const seen = new Map<string, number>();
  return items.flatMap((item, index) => {
    const value = key(item);
    const first = seen.get(value);
    seen.set(value, first ?? index);
    return first === undefined ? [] : [{ where: formatJsonPath(path(index)), message: `${what} "${value}" is already used at index ${first}` }];
  });
}

export function parseVenueFile(raw: string): ParsedVenueFile {
  const text = raw.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(text, error as SyntaxError)] };
  }
  const parsed = venueFile.safeParse(json);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error.issues) };
  const file = parsed.data;
  const problems: FileProblem[] = [
    ...duplicates(file.hallTypes, (t) => t.code, (i) => ['hallTypes', i, 'code'], 'hall type code'),
    ...duplicates(file.sessionTypes, (t) => t.code, (i) => ['sessionTypes', i, 'code'], 'session type code'),
    ...duplicates(file.halls, (h) => h.name, (i) => ['halls', i, 'name'], 'hall name'),
  ];
  const seatsByHall = file.halls.map((hall, hallIndex) => {
    const { seats, issues } = expandLayout(hall.zones);
    for (const issue of issues) problems.push({ where: formatJsonPath(['halls', hallIndex, ...issue.path]), message: issue.message });
    return seats;
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, file, seatsByHall };
}
