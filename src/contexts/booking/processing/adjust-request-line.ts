import { recordAudit } from '../../audit/index.ts';
import { type QuoteLineRequest, quoteLines } from '../../pricing/index.ts';
import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { conflict, notFound } from '../../../shared/errors.ts';
import { sumMinor } from '../../../shared/money.ts';
import { whoIs } from '../booking-actor.ts';
import type { AdjustLineBody, RequestDetail } from '../contracts.ts';
import { ensureHeld } from '../holds/ensure-held.ts';
import { withField } from '../holds/remap-field.ts';
import { lineTarget } from '../line-inventory.ts';
import { linesOf, type NewRequestLine, updateLine, updateRequest } from '../request-repository.ts';
import { storedPriced, toStoredLine } from '../requests/stored-line.ts';
import type { RequestLineRow } from '../tables.ts';
import { loadRequestDetail } from '../views/load-request-detail.ts';
import { adjustedChoice } from './adjusted-choice.ts';
import { assertOpen, lockedRequest } from './locked-request.ts';
import { overridePrice } from './override-price.ts';

/**
 * An operator changes one line of an open request: other seats, a quantity, visitors or
 * objects (re-priced by pricing), a price of their own with a reason, or the line
 * refused with a reason. The hold follows in the same transaction: what the line now
 * needs is claimed first (409 if taken), then what it no longer needs is released.
 */
export async function adjustRequestLine(deps: AppDeps, actor: Actor, requestId: string, lineId: string, body: AdjustLineBody): Promise<RequestDetail> {
  return deps.database.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const request = await lockedRequest(tx, requestId);
    assertOpen(request, now);
    const lines = await linesOf(tx, request.id);
    const line = lines.find((candidate) => candidate.id === lineId);
    if (!line) throw notFound('request_line_not_found', 'This request has no such line.', { field: 'params.lineId' });
    if (line.status === 'refused') {
      throw conflict('line_refused', 'This line is refused; it can no longer be changed.', { extra: { currentStatus: line.status } });
    }
    const patch = body.remove ? { status: 'refused' as const, refusedReason: body.reason ?? null } : await repriced(line);
    const updated = await updateLine(tx, line.id, patch);
    const after = lines.map((candidate) => (candidate.id === updated.id ? updated : candidate)).filter((l) => l.status === 'active');
    await ensureHeld(tx, request.holdId, after.map((l) => lineTarget(storedPriced(l))), request.heldUntil, now);
    const changed = await updateRequest(tx, request.id, { totalMinor: sumMinor(after.map((l) => l.amountMinor)), updatedAt: now });
    await recordAudit(tx, {
      actor: whoIs(actor),
      action: body.remove ? 'request.line_refused' : 'request.line_adjusted',
      entity: 'request',
      entityId: request.id,
      before: summary(line),
      after: summary(updated),
      reason: body.reason ?? null,
    });
    return loadRequestDetail(tx, changed, true);

    async function repriced(old: RequestLineRow): Promise<Partial<NewRequestLine>> {
      const choice = adjustedChoice(old.choice, body);
      let priced = storedPriced(old);
      if (choice) {
        const quoted = await quoteLines(tx, { lines: [choice as QuoteLineRequest], clientId: request.clientId, now }).catch((error: unknown) => {
          const field = (error as { field?: string }).field;
          throw field?.startsWith('lines.0') ? withField(error, `body${field.slice('lines.0'.length)}`) : error;
        });
        priced = toStoredLine(quoted.lines[0]!);
      }
      if (body.priceOverrideMinor !== undefined) priced = overridePrice(priced, body.priceOverrideMinor, body.reason ?? '');
      const target = lineTarget(priced);
      return {
        choice: choice ?? old.choice,
        priced: priced as unknown as Record<string, unknown>,
        amountMinor: priced.amountMinor,
        quantity: priced.quantity,
        seatIds: target.seatIds,
        zoneId: target.zoneId ?? (choice ? null : old.zoneId),
      };
    }
  });
}

const summary = (line: RequestLineRow) => ({
  lineNo: line.lineNo,
  status: line.status,
  seatIds: line.seatIds,
  quantity: line.quantity,
  amountMinor: line.amountMinor,
  choice: line.choice,
});
