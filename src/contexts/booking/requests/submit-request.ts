import { type AuditEntry, recordAudit } from '../../audit/index.ts';
import { type QuoteLineRequest, quoteLines } from '../../pricing/index.ts';
import { newId } from '../../../server/db/new-id.ts';
import type { Db } from '../../../server/db/types.ts';
import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { sumMinor } from '../../../shared/money.ts';
import { clientIdOf, whoIs } from '../booking-actor.ts';
import type { RequestView } from '../contracts.ts';
import { decideAutomaticProcessing } from '../decide-automatic-processing.ts';
import { recordStatusChanges, type StatusChange } from '../history-repository.ts';
import { holdLines } from '../holds/hold-lines.ts';
import { lineTarget, lineUnitCount } from '../line-inventory.ts';
import { formOrder } from '../processing/form-order.ts';
import { lockIdempotencyKey } from '../request-repository.ts';
import { loadSaleTerms, saleTermsFromQuote } from '../sale-terms-repository.ts';
import { toRequestView } from '../views/to-view.ts';
import { fingerprintOf, replaySubmission } from './idempotency.ts';
import { insertNumberedRequest } from './insert-numbered-request.ts';
import { hasContractPrice, newLineRow, type StoredPricedLine, storedPriced, toStoredLine } from './stored-line.ts';

export interface SubmitRequestInput {
  lines: readonly QuoteLineRequest[];
  idempotencyKey?: string | undefined;
}

export interface SubmitRequestResult {
  /** True when this is a retry answered with the first submission's result. */
  replayed: boolean;
  request: RequestView;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Submits a client's request in one transaction: prices the lines (with the client's
 * contract), holds every seat, place and unit they need (or nothing: 409 naming what
 * was taken), records the request with a booking number, its history and audit, and,
 * when the automatic rules allow, processes it at once into an order to confirm.
 * A retry with the same idempotency key returns the first result and holds nothing more.
 */
export async function submitRequest(deps: AppDeps, actor: Actor, input: SubmitRequestInput): Promise<SubmitRequestResult> {
  const clientId = clientIdOf(actor);
  const key = input.idempotencyKey;
  const fingerprint = key === undefined ? null : fingerprintOf(input.lines);
  const db = deps.database.db;
  try {
    return await db.transaction(async (tx) => {
      if (key !== undefined && fingerprint !== null) {
        // Copies of one submission sent at once queue here, so only the first holds anything.
        await lockIdempotencyKey(tx, clientId, key);
        const first = await replaySubmission(tx, clientId, key, fingerprint);
        if (first) return { replayed: true, request: first };
      }
      return { replayed: false, request: await createRequest(tx, deps, actor, clientId, input, fingerprint) };
    });
  } catch (error) {
    // A backstop: the unique index on (client, key) refused a second insert.
    if (key !== undefined && fingerprint !== null && isUniqueViolation(error)) {
      const first = await replaySubmission(db, clientId, key, fingerprint);
      if (first) return { replayed: true, request: first };
    }
    throw error;
  }
}

async function createRequest(
  tx: Db,
  deps: AppDeps,
  actor: Actor,
  clientId: string,
  input: SubmitRequestInput,
  fingerprint: string | null,
): Promise<RequestView> {
  const now = deps.clock.now();
  // The session already says whether the client represents an organisation (whose contract prices apply).
  const quoted = await quoteLines(tx, { lines: input.lines, clientId, organizationId: actor.organizationId, now });
  const priced = quoted.lines.map(toStoredLine);
  const targets = priced.map(lineTarget);
  const refs = {
    eventIds: [...new Set(targets.flatMap((t) => t.eventIds))],
    serviceIds: [...new Set(targets.flatMap((t) => (t.serviceId ? [t.serviceId] : [])))],
  };
  const fromQuote = refs.serviceIds.length === 0 ? saleTermsFromQuote(refs.eventIds, quoted.events) : null;
  const terms = fromQuote ?? (await loadSaleTerms(tx, refs));
  const decision = decideAutomaticProcessing(
    targets.map((target, index) => ({
      holdable: target.inventory.kind !== 'unholdable',
      units: lineUnitCount(target, priced[index]?.quantity ?? 0),
      contractPrice: hasContractPrice(priced[index]!),
    })),
  );
  const confirmDeadline = new Date(now.getTime() + terms.confirmHours * HOUR);
  // Processed at once: the seats are held straight away until the confirmation deadline.
  const heldUntil = decision.automatic ? confirmDeadline : new Date(now.getTime() + terms.holdMinutes * MINUTE);
  const holdId = newId();
  const held = await holdLines(tx, { holdId, heldUntil, now }, targets);
  const seatZones = new Map([...held.seats].map(([key, seat]) => [key.slice(key.indexOf(':') + 1), seat.zoneId]));
  const rows = priced.map((line, index) => newLineRow(index + 1, { ...input.lines[index] }, line, seatZones).row);

  const contractId = contractOf(priced);
  const { request, lines } = await insertNumberedRequest(
    tx,
    {
      clientId,
      status: decision.automatic ? 'processed' : 'not_processed',
      idempotencyKey: input.idempotencyKey ?? null,
      idempotencyFingerprint: fingerprint,
      currency: quoted.quote.currency,
      totalMinor: sumMinor(rows.map((row) => row.amountMinor)),
      holdId,
      heldUntil,
      contractId,
      createdAt: now,
      updatedAt: now,
    },
    rows,
  );
  const who = whoIs(actor);
  const history: StatusChange[] = [
    { entity: 'request', entityId: request.id, from: null, to: 'not_processed' },
    ...(decision.automatic ? [{ entity: 'request' as const, entityId: request.id, from: 'not_processed', to: 'processed', reason: 'automatic' }] : []),
  ];
  const submitted: AuditEntry = {
    actor: who,
    action: 'request.submitted',
    entity: 'request',
    entityId: request.id,
    after: { bookingNumber: request.bookingNumber, totalMinor: request.totalMinor, lines: lines.length, heldUntil, decision },
  };
  if (!decision.automatic) {
    await recordStatusChanges(tx, who, now, history);
    await recordAudit(tx, submitted);
    return toRequestView(request, lines, null);
  }
  // Processed at once, the order's history and audit go in the same statements as the request's.
  const order = await formOrder(tx, deps, {
    request,
    lines: lines.map((row) => ({ row, target: lineTarget(storedPriced(row)) })),
    refused: [],
    held,
    terms,
    confirmDeadline,
    actor: who,
    now,
    history,
    audit: [submitted],
  });
  return toRequestView(request, lines, order);
}

/** The unique (client, idempotency key) index refused the insert: another submission with the key committed first. */
function isUniqueViolation(error: unknown): boolean {
  for (const candidate of [error, (error as { cause?: unknown }).cause]) {
    const { code, constraint } = (candidate ?? {}) as { code?: string; constraint?: string };
    if (code === '23505' && (constraint ?? '').includes('idempotency_key')) return true;
  }
  return false;
}

/** The contract whose prices the lines carry, if any (one client has one contract in force). */
function contractOf(lines: readonly StoredPricedLine[]): string | null {
  for (const line of lines) {
    for (const factor of line.factors as readonly { kind: string; contractId?: string }[]) {
      if (factor.kind === 'contract' && factor.contractId) return factor.contractId;
    }
  }
  return null;
}
