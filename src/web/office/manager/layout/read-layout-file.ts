import { expandLayout, type PlannedSeat } from '../../../../contexts/catalog/import/expand-layout.ts';
import type { HallLayout, ZoneLayout } from '../../../../contexts/catalog/import/venue-file.ts';

// Reads a layout file (docs/catalog-import.md) in the browser, so the manager sees the
// seats before anything is saved: the hall layout `{ "zones": [...] }`, or a whole venue
// file, one hall of which is chosen. The seats are laid out by the server's own pure
// expansion, so the preview is the seat order the import will store. Only the shape
// the preview needs is checked here; the server checks the rest when saving and names
// the path at fault the same way.

export interface FileProblem {
  /** "line 3, column 7" or a JSON path such as "zones[0].rows[2].seats". */
  where: string;
  message: string;
}

export interface LayoutCandidate {
  /** The hall's name in a venue file; null for a hall layout file. */
  name: string | null;
  /** What is sent to the server, as it was written in the file. */
  layout: HallLayout;
  seats: PlannedSeat[];
  zones: { code: string; name: string; kind: string; color: string | null; capacity: number | null; rows: number; seats: number }[];
  problems: FileProblem[];
}

export type LayoutRead = { ok: false; problems: FileProblem[] } | { ok: true; candidates: LayoutCandidate[] };

/** ["zones", 0, "rows"] → "zones[0].rows". */
export const jsonPath = (path: readonly (string | number)[]): string =>
  path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('').replace(/^\./, '') || '(the whole file)';

/** A server field ("zones.0.rows.5.seats") as the same JSON path. */
export const serverPath = (field: string): string => jsonPath(field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)));

function syntaxProblem(text: string, error: Error): FileProblem {
  const message = `not valid JSON: ${error.message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/,\s*".*" is not valid JSON$/s, '')}`;
  // Chromium names the line and column; older engines only the position.
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
  if (lineColumn) return { where: `line ${lineColumn[1]}, column ${lineColumn[2]}`, message };
  const position = /position (\d+)/.exec(error.message);
  const lines = text.slice(0, position ? Number(position[1]) : text.length).split('\n');
  return { where: `line ${lines.length}, column ${(lines.at(-1)?.length ?? 0) + 1}`, message };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const num = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

/** The zones with the file format's defaults filled in, or the first places where the shape is wrong. */
function normalizeZones(zones: unknown, base: (string | number)[]): { zones: ZoneLayout[]; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  if (!Array.isArray(zones) || zones.length === 0) return { zones: [], problems: [{ where: jsonPath([...base, 'zones']), message: 'must be a list of at least one zone' }] };
  const out = zones.flatMap((zone, zoneIndex): ZoneLayout[] => {
    const at = [...base, 'zones', zoneIndex];
    if (!isObject(zone) || typeof zone.code !== 'string') {
      problems.push({ where: jsonPath([...at, 'code']), message: 'a zone needs a code' });
      return [];
    }
    const rows = Array.isArray(zone.rows) ? zone.rows : [];
    const rowSpecs = rows.flatMap((row, rowIndex) => {
      const seats = isObject(row) ? row.seats : undefined;
      if (!isObject(row) || typeof row.row !== 'string' || !(typeof seats === 'number' || Array.isArray(seats))) {
        problems.push({ where: jsonPath([...at, 'rows', rowIndex]), message: 'a row needs a "row" label and "seats" (a count or a list)' });
        return [];
      }
      const entries = Array.isArray(seats) ? seats.map((seat) => (isObject(seat) ? { label: String(seat.label), x: num(seat.x, 0), y: num(seat.y, 0) } : seat === null ? null : String(seat))) : Math.min(5000, Math.max(0, Math.floor(seats)));
      return [{
        row: row.row,
        repeat: typeof row.repeat === 'number' ? Math.min(1000, Math.max(1, Math.floor(row.repeat))) : undefined,
        seats: entries,
        firstSeat: num(row.firstSeat, 1),
        x: typeof row.x === 'number' ? row.x : undefined,
        y: typeof row.y === 'number' ? row.y : undefined,
        dx: num(row.dx, 1),
        dy: num(row.dy, 0),
        rowDx: num(row.rowDx, 0),
        rowDy: num(row.rowDy, 1),
      }];
    });
    const kind = zone.kind === 'general_admission' ? 'general_admission' : 'seated';
    return [{ code: zone.code, name: String(zone.name ?? zone.code), kind, coefficient: String(zone.coefficient ?? '1'), color: typeof zone.color === 'string' ? zone.color : undefined, capacity: typeof zone.capacity === 'number' ? zone.capacity : undefined, rows: rowSpecs as ZoneLayout['rows'] }];
  });
  return { zones: out, problems };
}

function candidate(name: string | null, raw: unknown, base: (string | number)[]): LayoutCandidate {
  const { zones, problems } = normalizeZones(isObject(raw) ? raw.zones : undefined, base);
  const { seats, issues } = expandLayout(zones);
  for (const issue of issues) problems.push({ where: jsonPath([...base, ...issue.path]), message: issue.message });
  const summary = zones.map((zone, index) => ({
    code: zone.code,
    name: zone.name,
    kind: zone.kind,
    color: zone.color ?? null,
    capacity: zone.capacity ?? null,
    rows: new Set(seats.filter((seat) => seat.zoneIndex === index).map((seat) => seat.rowLabel)).size,
    seats: seats.filter((seat) => seat.zoneIndex === index).length,
  }));
  return { name, layout: { zones: (isObject(raw) ? raw.zones : []) as HallLayout['zones'] }, seats, zones: summary, problems };
}

/** Reads the text of a layout file: a hall layout, or a venue file with one candidate per hall. */
export function readLayoutFile(raw: string): LayoutRead {
  const text = raw.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(text, error as Error)] };
  }
  if (!isObject(json)) return { ok: false, problems: [{ where: jsonPath([]), message: 'must be an object with "zones" (a hall) or "halls" (a venue file)' }] };
  if (!('halls' in json)) return { ok: true, candidates: [candidate(null, json, [])] };
  if (!Array.isArray(json.halls) || json.halls.length === 0) return { ok: false, problems: [{ where: 'halls', message: 'must list at least one hall' }] };
  return { ok: true, candidates: json.halls.map((hall, index) => candidate(isObject(hall) ? String(hall.name ?? `#${index + 1}`) : `#${index + 1}`, hall, ['halls', index])) };
}
