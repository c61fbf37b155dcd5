import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from '../../../server/deps.ts';
import type { SmsHooks } from '../channels/sms/sms-channel.ts';
import { handleSmsReply, type ConfirmOrderBySms } from './handle-sms-reply.ts';
import { recordSmsReceipt } from './record-sms-receipt.ts';

/**
 * What the SMS channel does with what the SMSC sends us: receipts go on the deliveries,
 * answers may confirm orders (through `confirm`: booking's confirmOrderByBookingNumber).
 * A failure here (the database is down) is thrown back, so the link asks the SMSC to
 * deliver it again rather than lose it.
 */
export function inboundSmsHooks(deps: AppDeps, log: Pick<FastifyBaseLogger, 'info' | 'warn'>, confirm: ConfirmOrderBySms): SmsHooks {
  return {
    onReceipt: (receipt) => recordSmsReceipt(deps, receipt),
    async onIncoming(message) {
      const outcome = await handleSmsReply(deps, confirm, message);
      log.info({ outcome }, 'SMS answer received'); // never the phone or the text: personal data
    },
    onLinkError: (message) => log.warn({ channel: 'sms' }, message),
  };
}
