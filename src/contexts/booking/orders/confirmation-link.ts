import type { Config } from '../../../server/config.ts';
import { signConfirmationToken } from '../confirmation-token.ts';
import { linkSigningKey } from '../link-signing-key.ts';

/** A token that confirms the order until `expiresAt`, signed with the server's link key. */
export function createConfirmationToken(config: Config, orderId: string, expiresAt: Date): string {
  return signConfirmationToken(linkSigningKey(config).key, orderId, expiresAt);
}

/** The absolute link a message carries; opening it confirms the order (GET /api/orders/confirm). */
export function confirmationUrl(config: Config, orderId: string, expiresAt: Date): string {
  const url = new URL('/api/orders/confirm', config.PUBLIC_BASE_URL);
  url.searchParams.set('token', createConfirmationToken(config, orderId, expiresAt));
  return url.toString();
}
