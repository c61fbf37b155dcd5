import type { AppDeps } from '../../../server/deps.ts';
import type { SmsReceipt } from '../channels/sms/deliver-sm.ts';
import { recordPartReceipt } from './sms-repository.ts';

/** Notes what the operator says about one part of a text we sent (delivered to the handset, expired, ...). */
export async function recordSmsReceipt(deps: AppDeps, receipt: SmsReceipt): Promise<void> {
  if (receipt.messageId === '') return; // a receipt naming no message can be matched to nothing
  const now = deps.clock.now();
  await deps.database.db.transaction((tx) => recordPartReceipt(tx, receipt.messageId, receipt.state, now));
}
