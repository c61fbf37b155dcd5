// A real SMTP peer for tests (smtp-server on 127.0.0.1) that keeps what it receives,
// refuses recipients at refused.example with 550 and at busy.example with 451.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  headers: Map<string, string>;
  subject: string;
  text: string;
  html: string;
}

export interface FakeSmtp {
  port: number;
  url: string;
  mails: ReceivedMail[];
  close(): Promise<void>;
}

export async function startFakeSmtp(port = 0): Promise<FakeSmtp> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'], // no certificate on loopback
    logger: false,
    onRcptTo(address, _session, callback) {
      const refuse = (code: number, message: string) => callback(Object.assign(new Error(message), { responseCode: code }));
      if (address.address.endsWith('@refused.example')) return refuse(550, '5.1.1 No such user here');
      if (address.address.endsWith('@busy.example')) return refuse(451, '4.3.0 Try again later');
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        mails.push(readMime(Buffer.concat(chunks).toString('latin1'), from, session.envelope.rcptTo.map((r) => r.address)));
        callback();
      });
    },
  });
  server.on('error', () => {}); // clients that hang up mid-session
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.server.address() as AddressInfo).port;
  return {
    port: actual,
    url: `smtp://127.0.0.1:${actual}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// Just enough MIME for what nodemailer writes: one multipart/alternative (or a
// single part), base64 or quoted-printable bodies, RFC 2047 encoded subjects.
function readMime(raw: string, from: string, to: string[]): ReceivedMail {
  const [head = '', body = ''] = splitHead(raw);
  const headers = parseHeaders(head);
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headers.get('content-type') ?? '')?.[1];
  const parts = boundary ? body.split(`--${boundary}`).slice(1, -1).map(splitHead) : [[head, body] as const];
  const partOf = (type: string) => {
    const part = parts.find(([h]) => new RegExp(`content-type:\\s*${type}`, 'i').test(h));
    if (!part) return '';
    return decodeBody(part[1], parseHeaders(part[0]).get('content-transfer-encoding') ?? '');
  };
  return { from, to, headers, subject: decodeWords(headers.get('subject') ?? ''), text: partOf('text/plain'), html: partOf('text/html') };
}

function splitHead(raw: string): readonly [string, string] {
  const at = raw.indexOf('\r\n\r\n');
  return [raw.slice(0, at).replace(/^\r\n/, ''), raw.slice(at + 4)];
}

function parseHeaders(head: string): Map<string, string> {
  const unfolded = head.replace(/\r\n[ \t]+/g, ' ');
  return new Map(unfolded.split('\r\n').map((line) => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()] as [string, string];
  }));
}

function decodeBody(body: string, encoding: string): string {
  if (/base64/i.test(encoding)) return Buffer.from(body, 'base64').toString('utf8');
  if (/quoted-printable/i.test(encoding)) return quotedPrintable(body).trim();
  return Buffer.from(body, 'latin1').toString('utf8').trim();
}

function quotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2') // whitespace between encoded words is not text
    .replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : quotedPrintable(data.replace(/_/g, ' ')),
    );
}
