import { createTransport } from 'nodemailer';
import { type Channel, type DeliveryResult, delivered, failed, retry, errorText } from './channel.ts';

export interface EmailConfig {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465 */
  url: string;
  /** The From header, e.g. `"Билеты" <noreply@tickets.example>`; its domain also names Message-IDs. */
  from: string;
  /** Connect, greeting and idle-socket timeout; a dispatcher retry is cheaper than a hung worker. */
  timeoutMs?: number;
  maxConnections?: number;
}

/** An email channel over one pooled SMTP relay; every send is a single attempt. */
export function createEmailChannel(config: EmailConfig): Channel {
  const url = new URL(config.url);
  const timeout = config.timeoutMs ?? 15_000;
  const transport = createTransport({
    pool: true,
    maxConnections: config.maxConnections ?? 2,
    // The pool would silently resend a message whose connection broke; the outbox
    // decides about attempts, so the pool must report instead.
    maxRequeues: 0,
    host: url.hostname,
    port: url.port === '' ? (url.protocol === 'smtps:' ? 465 : 587) : Number(url.port),
    secure: url.protocol === 'smtps:',
    auth: url.username === '' ? undefined : { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) },
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  const domain = /@([^\s>@]+)>?\s*$/.exec(config.from)?.[1] ?? 'localhost';

  return {
    name: 'email',
    configured: true,
    describe: () => `${url.protocol}//${url.host}`,
    async send(message) {
      try {
        const info = await transport.sendMail({
          from: config.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.html === undefined ? {} : { html: message.html }),
          // Same outbox id, same Message-ID: a resend after a lost "250 OK" can be spotted.
          messageId: `<${message.id.replace(/[^\w.-]/g, '_')}@${domain}>`,
          // RFC 3834: stops vacation auto-replies from coming back to the sender.
          headers: { 'Auto-Submitted': 'auto-generated' },
        });
        return delivered(info.response);
      } catch (error) {
        return classifySmtpError(error);
      }
    },
    async close() {
      transport.close();
    },
  };
}

interface SmtpErrorShape { code?: unknown; responseCode?: unknown; response?: unknown; command?: unknown }

/**
 * 5xx to the recipient or the content is the server's final word about this message;
 * 5xx to our login or greeting is our misconfiguration, which an operator can fix,
 * so those messages are kept for later instead of being thrown away.
 */
export function classifySmtpError(error: unknown): DeliveryResult {
  const e = (typeof error === 'object' && error !== null ? error : {}) as SmtpErrorShape;
  const response = typeof e.response === 'string' ? e.response : errorText(error);
  const command = typeof e.command === 'string' ? e.command : '';
  if (typeof e.responseCode === 'number') {
    const permanent = e.responseCode >= 500 && (command === 'RCPT TO' || command === 'DATA');
    return permanent ? failed(`smtp ${command}: ${response}`) : retry(`smtp ${command || 'session'}: ${response}`);
  }
  // Rejected by nodemailer before any network traffic: the address itself is unusable.
  if (e.code === 'EENVELOPE' && command === 'API') return failed(`invalid address: ${errorText(error)}`);
  return retry(`smtp connection: ${errorText(error)}`);
}
