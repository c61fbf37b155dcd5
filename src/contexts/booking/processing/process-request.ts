import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { badRequest, unprocessable } from '../../../shared/errors.ts';
import { sumMinor } from '../../../shared/money.ts';
import { whoIs } from '../booking-actor.ts';
import type { RequestDetail } from '../contracts.ts';
import { ensureHeld } from '../holds/ensure-held.ts';
import { lineTarget } from '../line-inventory.ts';
import { linesOf, refuseLines } from '../request-repository.ts';
import { storedPriced } from '../requests/stored-line.ts';
import { assertTransition as assertRequestTransition } from '../request-state-machine.ts';
import { loadSaleTerms } from '../sale-terms-repository.ts';
import { loadRequestDetail } from '../views/load-request-detail.ts';
import { formOrder } from './form-order.ts';
import { lockedRequest } from './locked-request.ts';
import { moveRequest } from './move-request.ts';

const HOUR = 60 * 60 * 1000;

/**
 * An operator finishes a request (from the queue or while processing it): the lines
 * named in `refuse` are marked refused with their reasons, the rest are held until the
 * confirmation deadline (claimed again if the hold lost them), and the order is formed
 * for the client to confirm. Nothing left to sell is 422: reject the request instead.
 */
export async function processRequest(
  deps: AppDeps,
  actor: Actor,
  requestId: string,
  refuse: readonly { lineId: string; reason: string }[] = [],
): Promise<RequestDetail> {
  return deps.database.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const who = whoIs(actor);
    const request = await lockedRequest(tx, requestId);
    assertRequestTransition(request.status, 'processed');
    const before = await linesOf(tx, request.id);
    for (const [index, refusal] of refuse.entries()) {
      if (!before.some((line) => line.id === refusal.lineId)) {
        throw badRequest('request_line_not_found', 'This request has no such line.', { field: `body.refuse.${index}.lineId` });
      }
    }
    await refuseLines(tx, refuse);
    const lines = refuse.length > 0 ? await linesOf(tx, request.id) : before;
    const active = lines.filter((line) => line.status === 'active').map((row) => ({ row, target: lineTarget(storedPriced(row)) }));
    if (active.length === 0) {
      throw unprocessable('no_active_lines', 'Every line is refused: reject the request instead.', { field: 'body.refuse' });
    }
    const terms = await loadSaleTerms(tx, {
      eventIds: [...new Set(active.flatMap((line) => line.target.eventIds))],
      serviceIds: [...new Set(active.flatMap((line) => (line.target.serviceId ? [line.target.serviceId] : [])))],
    });
    const confirmDeadline = new Date(now.getTime() + terms.confirmHours * HOUR);
    const held = await ensureHeld(tx, request.holdId, active.map((line) => line.target), confirmDeadline, now);
    const processed = await moveRequest(tx, request, 'processed', {
      who,
      now,
      reason: refuse.length > 0 ? `${refuse.length} line(s) refused` : null,
      patch: { heldUntil: confirmDeadline, totalMinor: sumMinor(active.map((line) => line.row.amountMinor)) },
    });
    await formOrder(tx, deps, {
      request: processed,
      lines: active,
      refused: lines.filter((line) => line.status === 'refused'),
      held,
      terms,
      confirmDeadline,
      actor: who,
      now,
    });
    return loadRequestDetail(tx, processed, true);
  });
}
