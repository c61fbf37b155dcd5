/**
 * The port every delivery channel implements. The dispatcher (outbox + retries)
 * only ever sees this interface, so a channel never retries by itself: it makes one
 * attempt and says whether another attempt could succeed.
 */
export type ChannelName = 'email' | 'sms' | 'vkteams' | 'telegram';

export interface OutgoingMessage {
  /** Outbox id: reused on every attempt, so a resend is recognisable (Message-ID, SMS reference). */
  id: string;
  /** Email address, E.164 phone number or messenger chat id, depending on the channel. */
  to: string;
  subject: string;
  /** What SMS and messenger channels send verbatim: put the template's `sms` here for them. */
  text: string;
  html?: string;
}

export type DeliveryResult =
  | { kind: 'delivered'; providerId?: string }
  /** Temporary: the same message may go through later (connection refused, timeout, throttling). */
  | { kind: 'retry'; reason: string }
  /** Permanent: sending it again cannot help (recipient refused, chat not found, invalid number). */
  | { kind: 'failed'; reason: string };

export interface Channel {
  readonly name: ChannelName;
  readonly configured: boolean;
  /** Where it sends, for logs and the health page; never contains secrets. */
  describe(): string;
  /** Never throws: every outcome, including bugs in the peer's answer, is a DeliveryResult. */
  send(message: OutgoingMessage): Promise<DeliveryResult>;
  close(): Promise<void>;
}

export const delivered = (providerId?: string): DeliveryResult =>
  providerId === undefined ? { kind: 'delivered' } : { kind: 'delivered', providerId };
export const retry = (reason: string): DeliveryResult => ({ kind: 'retry', reason });
export const failed = (reason: string): DeliveryResult => ({ kind: 'failed', reason });

/** A channel without configuration: it refuses every message instead of pretending to deliver. */
export function unconfiguredChannel(name: ChannelName): Channel {
  return {
    name,
    configured: false,
    describe: () => 'not configured',
    send: async () => failed('channel not configured'),
    close: async () => {},
  };
}

/** Error text for a reason string, without stack traces. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
