// A real SMPP peer for tests (smpp.createServer on 127.0.0.1, random port) that
// records what it receives and lets a test push deliver_sm to the bound client.
import type { AddressInfo } from 'node:net';
import smpp from 'smpp';

export interface FakeSmsc {
  port: number;
  url: string;
  binds: Array<{ systemId: string; password: string; accepted: boolean }>;
  submits: smpp.PDU[];
  unbinds: number;
  /** Set to false to play a half-open link that no longer answers enquire_link. */
  answerEnquireLink: boolean;
  /** Decides each submit_sm_resp; by default accepts with message ids msg-1, msg-2, ... */
  answerSubmit: (pdu: smpp.PDU, n: number) => smpp.PduParams;
  /** Sends a deliver_sm to the bound client and resolves with its deliver_sm_resp. */
  deliver(params: smpp.PduParams): Promise<smpp.PDU>;
  /** Cuts every client connection without unbinding, as a failing network would. */
  dropClients(): void;
  close(): Promise<void>;
}

export async function startFakeSmsc(credentials: { systemId: string; password: string }, port = 0): Promise<FakeSmsc> {
  let bound: smpp.Session | undefined;
  const server = smpp.createServer((session) => {
    session.on('error', () => {}); // a client that is destroyed resets the socket
    session.on('bind_transceiver', (pdu: smpp.PDU) => {
      const accepted = pdu.system_id === credentials.systemId && pdu.password === credentials.password;
      smsc.binds.push({ systemId: pdu.system_id ?? '', password: pdu.password ?? '', accepted });
      if (!accepted) {
        session.send(pdu.response({ command_status: smpp.errors.ESME_RBINDFAIL! }));
        return;
      }
      bound = session;
      session.send(pdu.response({ system_id: 'FAKESMSC' }));
    });
    session.on('submit_sm', (pdu: smpp.PDU) => {
      smsc.submits.push(pdu);
      session.send(pdu.response(smsc.answerSubmit(pdu, smsc.submits.length)));
    });
    session.on('enquire_link', (pdu: smpp.PDU) => {
      if (smsc.answerEnquireLink) session.send(pdu.response());
    });
    session.on('unbind', (pdu: smpp.PDU) => {
      smsc.unbinds += 1;
      session.send(pdu.response());
      session.close();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actualPort = (server.address() as AddressInfo).port;

  const smsc: FakeSmsc = {
    port: actualPort,
    url: `smpp://127.0.0.1:${actualPort}`,
    binds: [],
    submits: [],
    unbinds: 0,
    answerEnquireLink: true,
    answerSubmit: (_pdu, n) => ({ message_id: `msg-${n}` }),
    deliver(params) {
      return new Promise((resolve, reject) => {
        if (!bound || !bound.deliver_sm(params, resolve)) reject(new Error('no client bound'));
      });
    },
    dropClients() {
      for (const session of [...server.sessions]) session.destroy();
      bound = undefined;
    },
    async close() {
      smsc.dropClients();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return smsc;
}
