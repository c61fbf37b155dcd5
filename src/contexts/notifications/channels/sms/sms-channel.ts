import type smpp from 'smpp';
import { type Channel, delivered, errorText, failed, retry } from '../channel.ts';
import { readDeliverSm, type SmsIncoming, type SmsReceipt } from './deliver-sm.ts';
import { createSmppLink } from './smpp-link.ts';
import { classifySubmitStatus } from './smpp-status.ts';
import { referenceFor, splitSms, type SmsPart } from './split-sms.ts';

export interface SmsConfig {
  /** smpp://host:2775 or ssmpp://host:3550 */
  url: string;
  systemId: string;
  password: string;
  systemType?: string;
  /** Sender: an alphanumeric name ("TICKETS") or a number ("+79001234567"). */
  sourceAddr: string;
  connectTimeoutMs?: number;
  submitTimeoutMs?: number;
  enquireLinkMs?: number;
  reconnectDelayMs?: { min: number; max: number };
}

export interface SmsHooks {
  /** Receipts for parts we submitted; match messageId against the providerId of a send. Throwing asks the SMSC to redeliver. */
  onReceipt?(receipt: SmsReceipt): void | Promise<void>;
  /** Messages from subscribers (answers such as "ДА AB23CX"). Throwing asks the SMSC to redeliver. */
  onIncoming?(message: SmsIncoming): void | Promise<void>;
  onLinkError?(message: string): void;
}

export interface SmsChannel extends Channel {
  /** Binds now rather than at the first send, so that receipts and answers are received. */
  start(): void;
}

const E164 = /^\+?[1-9]\d{6,14}$/;
const REGISTERED_DELIVERY_FINAL = 0x01; // a receipt on final success or failure

/**
 * An SMS channel over one SMPP transceiver link. A long text goes as several parts;
 * the providerId of a delivered message lists their SMSC message ids, comma-separated.
 */
export function createSmsChannel(config: SmsConfig, hooks: SmsHooks = {}): SmsChannel {
  const link = createSmppLink({
    url: config.url,
    systemId: config.systemId,
    password: config.password,
    ...(config.systemType === undefined ? {} : { systemType: config.systemType }),
    connectTimeoutMs: config.connectTimeoutMs ?? 10_000,
    enquireLinkMs: config.enquireLinkMs ?? 30_000,
    reconnectDelayMs: config.reconnectDelayMs ?? { min: 1_000, max: 60_000 },
    ...(hooks.onLinkError === undefined ? {} : { onLinkError: hooks.onLinkError }),
    async onDeliverSm(pdu) {
      const deliver = readDeliverSm(pdu);
      if (deliver.kind === 'receipt') await hooks.onReceipt?.(deliver.receipt);
      else await hooks.onIncoming?.(deliver.incoming);
      return 0;
    },
  });
  const source = senderAddress(config.sourceAddr);
  const submitTimeoutMs = config.submitTimeoutMs ?? 10_000;
  const where = new URL(config.url);

  return {
    name: 'sms',
    configured: true,
    describe: () => `${where.protocol}//${where.host}`,
    start: link.start,
    async send(message) {
      const to = message.to.replace(/[\s()-]/g, '');
      if (!E164.test(to)) return failed(`invalid phone number: ${message.to}`);
      if (message.text.length === 0) return failed('empty text');
      let parts: SmsPart[];
      try {
        parts = splitSms(message.text, referenceFor(message.id));
      } catch (error) {
        return failed(errorText(error));
      }

      let session: smpp.Session;
      try {
        session = await link.whenBound();
      } catch (error) {
        return retry(errorText(error));
      }
      const ids: string[] = [];
      for (const part of parts) {
        const params: smpp.PduParams = {
          ...source,
          dest_addr_ton: 1, // international, E.164 without the plus
          dest_addr_npi: 1,
          destination_addr: to.replace(/^\+/, ''),
          esm_class: part.esmClass,
          data_coding: part.dataCoding,
          registered_delivery: REGISTERED_DELIVERY_FINAL,
          short_message: part.payload,
        };
        let resp: smpp.PDU;
        try {
          resp = await link.request(session, 'submit_sm', params, submitTimeoutMs);
        } catch (error) {
          return retry(progress(errorText(error), ids.length, parts.length));
        }
        if (resp.command_status !== 0) {
          const verdict = classifySubmitStatus(resp.command_status);
          return { kind: verdict.kind, reason: progress(verdict.reason, ids.length, parts.length) };
        }
        ids.push(resp.message_id ?? '');
      }
      return delivered(ids.join(','));
    },
    close: link.close,
  };
}

// A retry resends every part; saying how many went through explains a duplicate on the phone.
function progress(reason: string, sent: number, total: number): string {
  return sent === 0 ? reason : `${reason} (after ${sent} of ${total} parts were accepted)`;
}

function senderAddress(addr: string): smpp.PduParams {
  if (/^\+?\d+$/.test(addr)) return { source_addr_ton: 1, source_addr_npi: 1, source_addr: addr.replace(/^\+/, '') };
  return { source_addr_ton: 5, source_addr_npi: 0, source_addr: addr }; // alphanumeric sender id
}
