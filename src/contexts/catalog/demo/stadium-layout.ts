import { RowCollector, roundCm, type LayoutRow } from './hall-layout.ts';

/**
 * The demo stadium's bowl: four straight stands around a 105 × 68 m pitch and four
 * corners that close the bowl, each in a lower and an upper tier, split into sectors.
 * Plan coordinates are metres from the centre spot, x east, y south (screen-like).
 * Rows are straight (corners too, at 45°) so each is one run of the seat map.
 * Seats are numbered left to right as seen from the seat, rows from the pitch out.
 */

export type Stand = 'north' | 'east' | 'south' | 'west';
export type Corner = 'north_east' | 'south_east' | 'south_west' | 'north_west';

export interface StadiumSector {
  code: string;
  name: string;
  part: Stand | Corner;
  tier: 1 | 2;
  /** 0 for the sectors facing the centre line, growing towards the ends; corners rank last. */
  rank: number;
}

export interface StadiumLayout {
  sectors: StadiumSector[];
  rows: LayoutRow[];
  seatCount: number;
}

const PITCH = { halfLength: 52.5, halfWidth: 34 };
const SEAT = 0.5;
const ROW = 0.8;
const AISLE = 1;
const TIER_GAP = 2.4;
const ROWS_PER_TIER = [35, 36] as const;
const CORNER_MARGIN = 0.75;

type Vector = { x: number; y: number };

interface StandSpec {
  part: Stand;
  letter: string;
  title: string;
  outward: Vector;
  /** Distance of the first row from the pitch centre along `outward`. */
  firstRow: number;
  sectors: number;
  seatsPerSector: number;
}

// Long stands sit 8 m from the touchlines, the end stands 10 m behind the goals.
const stands: StandSpec[] = [
  { part: 'north', letter: 'A', title: 'Северная трибуна', outward: { x: 0, y: -1 }, firstRow: PITCH.halfWidth + 8, sectors: 8, seatsPerSector: 28 },
  { part: 'east', letter: 'B', title: 'Восточная трибуна', outward: { x: 1, y: 0 }, firstRow: PITCH.halfLength + 10, sectors: 5, seatsPerSector: 30 },
  { part: 'south', letter: 'C', title: 'Южная трибуна', outward: { x: 0, y: 1 }, firstRow: PITCH.halfWidth + 8, sectors: 8, seatsPerSector: 28 },
  { part: 'west', letter: 'D', title: 'Западная трибуна', outward: { x: -1, y: 0 }, firstRow: PITCH.halfLength + 10, sectors: 5, seatsPerSector: 30 },
];

/** Each corner closes the gap between the end of a long stand and the end of an end stand. */
const corners: { part: Corner; code: string; title: string; long: Stand; end: Stand }[] = [
  { part: 'north_east', code: 'AB', title: 'Северо-восточный угол', long: 'north', end: 'east' },
  { part: 'south_east', code: 'BC', title: 'Юго-восточный угол', long: 'south', end: 'east' },
  { part: 'south_west', code: 'CD', title: 'Юго-западный угол', long: 'south', end: 'west' },
  { part: 'north_west', code: 'DA', title: 'Северо-западный угол', long: 'north', end: 'west' },
];

const standOf = (part: Stand): StandSpec => stands.find((stand) => stand.part === part)!;

const tiers = [1, 2] as const;
const rowsIn = (tier: 1 | 2): number => (tier === 1 ? ROWS_PER_TIER[0] : ROWS_PER_TIER[1]);
const tierName = (tier: 1 | 2) => (tier === 1 ? 'нижний ярус' : 'верхний ярус');

/** Seat numbering runs left to right for a spectator facing the pitch (opposite `outward`). */
const leftToRight = (outward: Vector): Vector => ({ x: outward.y, y: -outward.x });

/** Distance of row `index` (0-based within its tier) from the tier's base line, counting the gap between tiers. */
const rowOffset = (tier: 1 | 2, index: number): number => (tier === 1 ? index * ROW : ROWS_PER_TIER[0] * ROW + TIER_GAP + index * ROW);

const standLength = (stand: StandSpec): number => stand.sectors * stand.seatsPerSector * SEAT + (stand.sectors - 1) * AISLE;

function addStand(collector: RowCollector, sectors: StadiumSector[], stand: StandSpec, tier: 1 | 2): void {
  const along = leftToRight(stand.outward);
  const sectorWidth = stand.seatsPerSector * SEAT + AISLE;
  const half = standLength(stand) / 2;
  for (let s = 0; s < stand.sectors; s += 1) {
    const code = `${stand.letter}${tier}${String(s + 1).padStart(2, '0')}`;
    const rank = Math.floor(Math.abs(s - (stand.sectors - 1) / 2));
    sectors.push({ code, name: `${stand.title}, ${tierName(tier)}, сектор ${code}`, part: stand.part, tier, rank });
    const firstSeat = -half + s * sectorWidth + SEAT / 2;
    for (let r = 0; r < rowsIn(tier); r += 1) {
      const depth = stand.firstRow + rowOffset(tier, r);
      collector.add({
        zone: code,
        row: String(r + 1),
        x: roundCm(stand.outward.x * depth + along.x * firstSeat),
        y: roundCm(stand.outward.y * depth + along.y * firstSeat),
        dx: along.x * SEAT,
        dy: along.y * SEAT,
        count: stand.seatsPerSector,
      });
    }
  }
}

function addCorner(collector: RowCollector, sectors: StadiumSector[], corner: (typeof corners)[number], tier: 1 | 2): void {
  const long = standOf(corner.long);
  const end = standOf(corner.end);
  // The corner fans out from the point where the ends of the two stands meet.
  const anchor = { x: end.outward.x * (standLength(long) / 2), y: long.outward.y * (standLength(end) / 2) };
  const outward = { x: end.outward.x * Math.SQRT1_2, y: long.outward.y * Math.SQRT1_2 };
  const along = leftToRight(outward);
  const startDepth = Math.max(long.firstRow - Math.abs(anchor.y), end.firstRow - Math.abs(anchor.x));
  // The bowl closes in a quarter circle as deep as the stands.
  const radius = startDepth + rowOffset(2, ROWS_PER_TIER[1] - 1) + ROW;
  // Each corner row is split by an aisle on the diagonal into two sectors, left and right.
  const halves = [1, 2].map((half) => {
    const code = `${corner.code}${tier}0${half}`;
    sectors.push({ code, name: `${corner.title}, ${tierName(tier)}, сектор ${code}`, part: corner.part, tier, rank: 9 });
    return { code, side: half === 1 ? -1 : 1 };
  });
  const nearest = AISLE / 2 + SEAT / 2;
  for (const { code, side } of halves) {
    for (let r = 0; r < rowsIn(tier); r += 1) {
      const t = startDepth + rowOffset(tier, r);
      // Stay beyond both stand ends (the wedge) and inside the circle.
      const halfLength = Math.min(t - CORNER_MARGIN * Math.SQRT2, Math.sqrt(radius * radius - t * t)) - SEAT / 2;
      if (halfLength < nearest) continue;
      const count = Math.floor((halfLength - nearest) / SEAT) + 1;
      const first = side < 0 ? -nearest - (count - 1) * SEAT : nearest;
      collector.add({
        zone: code,
        row: String(r + 1),
        x: roundCm(anchor.x + outward.x * t + along.x * first),
        y: roundCm(anchor.y + outward.y * t + along.y * first),
        dx: along.x * SEAT,
        dy: along.y * SEAT,
        count,
      });
    }
  }
}

/** The whole bowl, sector by sector (stands, then corners; lower tier before upper). */
export function stadiumLayout(): StadiumLayout {
  const collector = new RowCollector();
  const sectors: StadiumSector[] = [];
  for (const stand of stands) for (const tier of tiers) addStand(collector, sectors, stand, tier);
  for (const corner of corners) for (const tier of tiers) addCorner(collector, sectors, corner, tier);
  return { sectors, rows: collector.rows, seatCount: collector.seatCount };
}
