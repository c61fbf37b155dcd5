import { describe, expect, it } from 'vitest';
import { readDeliverSm } from './deliver-sm.ts';
import { classifySubmitStatus } from './smpp-status.ts';

const receiptText = 'id:0A1B2C sub:001 dlvrd:001 submit date:2512011200 done date:2512011201 stat:DELIVRD err:000 text:Order';

describe('readDeliverSm', () => {
  it('reads a SMPP 3.4 receipt from its text', () => {
    expect(readDeliverSm({ esm_class: 0x04, short_message: { message: receiptText } })).toEqual({
      kind: 'receipt',
      receipt: { messageId: '0A1B2C', state: 'delivered', raw: receiptText },
    });
  });

  it('prefers the TLVs of a SMPP 5 receipt', () => {
    const pdu = { esm_class: 0x04, short_message: { message: 'id:x stat:UNKNOWN' }, receipted_message_id: 'm-7', message_state: 5 };
    expect(readDeliverSm(pdu)).toMatchObject({ kind: 'receipt', receipt: { messageId: 'm-7', state: 'undeliverable' } });
  });

  it('treats any other deliver_sm as a message from a subscriber', () => {
    expect(readDeliverSm({ esm_class: 0, source_addr: '79001234567', short_message: { message: 'ДА AB23CX' } })).toEqual({
      kind: 'incoming',
      incoming: { from: '79001234567', text: 'ДА AB23CX' },
    });
  });

  it('decodes a UCS2 payload the library left as bytes', () => {
    const bytes = Buffer.from('Да', 'utf16le').swap16();
    expect(readDeliverSm({ esm_class: 0, data_coding: 8, source_addr: '7', message_payload: { message: bytes } })).toMatchObject({
      incoming: { text: 'Да' },
    });
  });
});

describe('classifySubmitStatus', () => {
  it('retries throttling and system errors, fails a bad destination', () => {
    expect(classifySubmitStatus(0x58)).toEqual({ kind: 'retry', reason: 'submit_sm refused: ESME_RTHROTTLED (0x0058)' });
    expect(classifySubmitStatus(0x14).kind).toBe('retry'); // message queue full
    expect(classifySubmitStatus(0x08).kind).toBe('retry'); // system error
    expect(classifySubmitStatus(0x0400).kind).toBe('retry'); // vendor specific
    expect(classifySubmitStatus(0x0b)).toEqual({ kind: 'failed', reason: 'submit_sm refused: ESME_RINVDSTADR (0x000b)' });
  });
});
