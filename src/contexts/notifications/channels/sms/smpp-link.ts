import smpp from 'smpp';
import { statusName } from './smpp-status.ts';

export interface SmppLinkOptions {
  /** smpp://host:port, or ssmpp://host:port for TLS. */
  url: string;
  systemId: string;
  password: string;
  systemType?: string;
  /** TCP connect plus bind_transceiver must finish within this. */
  connectTimeoutMs: number;
  /** Idle check: an unanswered enquire_link drops the link so it can be rebuilt. */
  enquireLinkMs: number;
  reconnectDelayMs: { min: number; max: number };
  /** Handles an SMSC-initiated deliver_sm; resolves to the command_status for its deliver_sm_resp. */
  onDeliverSm(pdu: smpp.PDU): Promise<number>;
  onLinkError?(message: string): void;
}

export interface SmppLink {
  /** Connects now instead of at the first send, so receipts and answers start flowing. */
  start(): void;
  /** A bound session; rejects at once while waiting out a reconnect delay, with the last error. */
  whenBound(): Promise<smpp.Session>;
  /** One request and its response; rejects on timeout or when the link drops meanwhile. */
  request(session: smpp.Session, command: string, params: smpp.PduParams, timeoutMs: number): Promise<smpp.PDU>;
  close(): Promise<void>;
}

const ESME_RX_T_APPN = 0x64; // "temporary application error": the SMSC delivers it again later
const INTERFACE_VERSION_3_4 = 0x34;

/**
 * A bind_transceiver link that stays up until close(): it reconnects with a growing
 * delay whenever it drops, answers every deliver_sm, enquire_link and unbind, and
 * fails requests in flight instead of leaving them hanging when the socket goes.
 */
export function createSmppLink(options: SmppLinkOptions): SmppLink {
  let session: smpp.Session | undefined;
  let bound = false;
  let started = false;
  let closing = false;
  let failures = 0;
  let lastError = 'not connected yet';
  let reconnectTimer: NodeJS.Timeout | undefined;
  const waiters = new Set<{ resolve(s: smpp.Session): void; reject(e: Error): void }>();
  const inFlight = new Set<(error: Error) => void>();

  const noteError = (message: string) => {
    lastError = message;
    options.onLinkError?.(message);
  };

  function connect(): void {
    reconnectTimer = undefined;
    const s = smpp.connect({ url: options.url });
    session = s;
    // net has no connect timeout of its own; a blackholed host would hang for minutes.
    const bindTimer = setTimeout(() => {
      noteError(`connect and bind took over ${options.connectTimeoutMs} ms`);
      s.destroy();
    }, options.connectTimeoutMs);
    s.on('connect', () => {
      const bind = { system_id: options.systemId, password: options.password, interface_version: INTERFACE_VERSION_3_4 };
      s.bind_transceiver(options.systemType ? { ...bind, system_type: options.systemType } : bind, (resp) => {
        clearTimeout(bindTimer);
        if (resp.command_status !== 0) {
          noteError(`bind_transceiver refused: ${statusName(resp.command_status)}`);
          s.destroy();
          return;
        }
        bound = true;
        failures = 0;
        for (const waiter of waiters) waiter.resolve(s);
        waiters.clear();
      });
    });
    s.on('error', (error: Error) => noteError(`smpp link: ${error.message}`));
    s.on('close', () => {
      clearTimeout(bindTimer);
      dropped(s);
    });
    s.on('deliver_sm', (pdu: smpp.PDU) => void answerDeliverSm(s, pdu));
    s.on('enquire_link', (pdu: smpp.PDU) => s.send(pdu.response()));
    s.on('unbind', (pdu: smpp.PDU) => {
      s.send(pdu.response());
      s.close();
    });
  }

  function dropped(s: smpp.Session): void {
    if (session !== s) return;
    session = undefined;
    bound = false;
    for (const fail of inFlight) fail(new Error(`SMPP link dropped: ${lastError}`));
    inFlight.clear();
    // Waiters only wait for the attempt under way, which the bind timer bounds.
    for (const waiter of waiters) waiter.reject(new Error(`SMPP link down: ${lastError}`));
    waiters.clear();
    if (closing) return;
    failures += 1;
    const delay = Math.min(options.reconnectDelayMs.max, options.reconnectDelayMs.min * 2 ** (failures - 1));
    reconnectTimer = setTimeout(connect, delay);
    reconnectTimer.unref();
  }

  async function answerDeliverSm(s: smpp.Session, pdu: smpp.PDU): Promise<void> {
    let status = ESME_RX_T_APPN;
    try {
      status = await options.onDeliverSm(pdu);
    } catch (error) {
      noteError(`deliver_sm handler failed, asking the SMSC to redeliver: ${String(error)}`);
    }
    s.send(pdu.response({ command_status: status }));
  }

  function request(s: smpp.Session, command: string, params: smpp.PduParams, timeoutMs: number): Promise<smpp.PDU> {
    return new Promise((resolve, reject) => {
      const finish = (error: Error | undefined, pdu?: smpp.PDU) => {
        clearTimeout(timer);
        inFlight.delete(finish);
        if (error) reject(error);
        else resolve(pdu!);
      };
      const timer = setTimeout(() => finish(new Error(`no ${command}_resp within ${timeoutMs} ms`)), timeoutMs);
      inFlight.add(finish);
      if (!s.send(new smpp.PDU(command, params), (resp) => finish(undefined, resp))) {
        finish(new Error('SMPP link is not writable'));
      }
    });
  }

  const keepAlive = setInterval(() => {
    const s = session;
    if (!bound || s === undefined) return;
    request(s, 'enquire_link', {}, options.enquireLinkMs).catch(() => {
      if (session !== s) return;
      noteError('enquire_link unanswered');
      s.destroy();
    });
  }, options.enquireLinkMs);
  keepAlive.unref();

  function start(): void {
    if (started || closing) return;
    started = true;
    connect();
  }

  return {
    start,
    whenBound() {
      start();
      if (closing) return Promise.reject(new Error('SMPP link closed'));
      if (bound && session) return Promise.resolve(session);
      if (reconnectTimer) return Promise.reject(new Error(`SMPP link down, reconnecting: ${lastError}`));
      return new Promise((resolve, reject) => waiters.add({ resolve, reject }));
    },
    request,
    async close() {
      closing = true;
      clearTimeout(reconnectTimer);
      clearInterval(keepAlive);
      for (const waiter of waiters) waiter.reject(new Error('SMPP link closed'));
      waiters.clear();
      const s = session;
      if (s === undefined) return;
      if (bound) await request(s, 'unbind', {}, 1000).catch(() => undefined);
      if (s.socket.destroyed) return;
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => s.destroy(), 1000);
        s.socket.once('close', () => {
          clearTimeout(force);
          resolve();
        });
        s.close();
      });
    },
  };
}
