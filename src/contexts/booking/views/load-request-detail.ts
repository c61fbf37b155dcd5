import { listHoldUnits } from '../../inventory/index.ts';
import type { Db } from '../../../server/db/types.ts';
import type { HeldUnitView, RequestDetail } from '../contracts.ts';
import { historyOf } from '../history-repository.ts';
import type { RequestRow } from '../tables.ts';
import { loadRequestView } from './load-request-view.ts';
import { toHistory } from './to-view.ts';

/** A request with its history; for staff also what its hold has now. */
export async function loadRequestDetail(db: Db, request: RequestRow, withHolds: boolean): Promise<RequestDetail> {
  const view = await loadRequestView(db, request);
  const history = toHistory(await historyOf(db, 'request', [request.id]));
  if (!withHolds) return { ...view, history };
  const holds = (await listHoldUnits(db, request.holdId)).map(({ unit, status, heldUntil }): HeldUnitView => ({
    kind: unit.kind,
    eventId: unit.kind === 'unit' ? null : unit.eventId,
    seatId: unit.kind === 'seat' ? unit.seatId : null,
    zoneId: unit.kind === 'place' ? unit.zoneId : null,
    placeNo: unit.kind === 'place' ? unit.placeNo : null,
    serviceId: unit.kind === 'unit' ? unit.serviceId : null,
    unitNo: unit.kind === 'unit' ? unit.unitNo : null,
    status,
    heldUntil: heldUntil?.toISOString() ?? null,
  }));
  return { ...view, history, holds };
}
