import type { Sql } from './sql.ts';

// The seats of one event as the load generator sees them: by ordinal, with zone and row,
// so a client can ask for adjacent seats of one sector, and the sectors by price.

export interface Zone {
  id: string;
  priceMinor: number;
  /** The ordinals of the zone's seats, in order. */
  ordinals: Int32Array;
  free: number;
}

export interface Stadium {
  eventId: string;
  title: string;
  seatIds: string[];
  /** Per ordinal: index into `zones` (-1: no seat of this event). */
  zoneOf: Int32Array;
  /** Per ordinal: a number shared by the seats of one row of one zone. */
  rowOf: Int32Array;
  zones: Zone[];
  seatCount: number;
}

export async function matchEvents(sql: Sql): Promise<{ id: string; title: string }[]> {
  return sql.query(`select id, title_en as title from events where kind = 'match' order by starts_at`);
}

export async function concertEvent(sql: Sql): Promise<string> {
  const [row] = await sql.query<{ id: string }>(`select id from events where kind = 'concert' order by starts_at limit 1`);
  if (!row) throw new Error('the demo has no concert');
  return row.id;
}

export async function loadStadium(sql: Sql, event: { id: string; title: string }): Promise<Stadium> {
  const rows = await sql.query<{ ordinal: number; seat_id: string; zone_id: string; row_label: string; price_minor: string }>(
    `select es.ordinal, es.seat_id, es.zone_id, s.row_label, p.price_minor::text
     from event_seats es join seats s on s.id = es.seat_id
     join event_zone_prices p on p.event_id = es.event_id and p.zone_id = es.zone_id
     where es.event_id = $1 and es.status = 'free' order by es.ordinal`,
    [event.id],
  );
  const size = (rows.at(-1)?.ordinal ?? -1) + 1;
  const zoneOf = new Int32Array(size).fill(-1);
  const rowOf = new Int32Array(size).fill(-1);
  const seatIds = new Array<string>(size).fill('');
  const zoneIndex = new Map<string, number>();
  const rowIndex = new Map<string, number>();
  const members: number[][] = [];
  const prices: number[] = [];
  for (const row of rows) {
    let z = zoneIndex.get(row.zone_id);
    if (z === undefined) {
      z = members.length;
      zoneIndex.set(row.zone_id, z);
      members.push([]);
      prices.push(Number(row.price_minor));
    }
    const rowKey = `${z}:${row.row_label}`;
    if (!rowIndex.has(rowKey)) rowIndex.set(rowKey, rowIndex.size);
    zoneOf[row.ordinal] = z;
    rowOf[row.ordinal] = rowIndex.get(rowKey)!;
    seatIds[row.ordinal] = row.seat_id;
    members[z]!.push(row.ordinal);
  }
  const zones = [...zoneIndex.keys()].map((id, z) => ({ id, priceMinor: prices[z]!, ordinals: Int32Array.from(members[z]!), free: members[z]!.length }));
  return { eventId: event.id, title: event.title, seatIds, zoneOf, rowOf, zones, seatCount: rows.length };
}

/** The zones most clients want: the dearest `share` of them (ties by size, the largest first). */
export function bestZones(stadium: Stadium, share: number): number[] {
  const order = stadium.zones.map((_, z) => z).sort((a, b) => {
    const za = stadium.zones[a]!;
    const zb = stadium.zones[b]!;
    return zb.priceMinor - za.priceMinor || zb.ordinals.length - za.ordinals.length;
  });
  return order.slice(0, Math.max(1, Math.ceil(order.length * share)));
}
