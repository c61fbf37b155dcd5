import { recordAudit, type AuditActor } from '../../audit/index.ts';
import type { Config } from '../../../server/config.ts';
import type { Db } from '../../../server/db/types.ts';
import { conflict } from '../../../shared/errors.ts';
import type { CardView } from '../contracts.ts';
import { ensureClientAccount } from '../ledger/accounts-repository.ts';
import type { CardRow } from '../tables.ts';
import { cardNumberHash } from './card-hash.ts';
import { lastFour, maskedCard, normalizeCardNumber } from './card-number.ts';
import { findCardByHash, insertCard } from './cards-repository.ts';

export interface LinkCardInput {
  clientId: string;
  /** As typed; checked here (Luhn), never stored or logged, only its HMAC and last four digits. */
  cardNumber: string;
  actor: AuditActor;
  now: Date;
  /** The input to name when the number is refused (registration has its own). */
  field?: string;
  requestId?: string | null;
}

export const toCardView = (card: CardRow): CardView => ({ id: card.id, last4: card.last4, masked: maskedCard(card.last4), linkedAt: card.linkedAt.toISOString() });

/**
 * Links a card number to the client's internal account (made now if it is the first use),
 * in the caller's transaction, so registration can link one in its own. Linking the same
 * card to the same client again changes nothing; a card of another client is 409
 * 'card_already_linked' (a card pays from one account only).
 */
export async function linkCard(tx: Db, config: Pick<Config, 'PII_ENCRYPTION_KEY' | 'DATA_DIR' | 'DATABASE_URL'>, input: LinkCardInput): Promise<{ card: CardView; created: boolean }> {
  const field = input.field ?? 'body.cardNumber';
  const digits = normalizeCardNumber(input.cardNumber, field);
  const numberHash = cardNumberHash(config, digits);
  const account = await ensureClientAccount(tx, input.clientId, input.now);
  const inserted = await insertCard(tx, {
    accountId: account.id, clientId: input.clientId, numberHash, last4: lastFour(digits), linkedBy: input.actor.id, linkedByKind: input.actor.kind, linkedAt: input.now,
  });
  if (!inserted) {
    const existing = await findCardByHash(tx, numberHash);
    if (existing?.clientId === input.clientId) return { card: toCardView(existing), created: false };
    throw conflict('card_already_linked', 'This card is linked to another account.', { field });
  }
  await recordAudit(tx, {
    actor: input.actor,
    action: 'card.linked',
    entity: 'client',
    entityId: input.clientId,
    after: { cardId: inserted.id, last4: inserted.last4, accountId: account.id },
    requestId: input.requestId ?? null,
  });
  return { card: toCardView(inserted), created: true };
}
