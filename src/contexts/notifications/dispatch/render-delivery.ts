import type { ChannelName } from '../channels/channel.ts';
import { renderMessage } from '../templates/render-message.ts';
import { topicDataSchemas } from '../templates/topic-data-schemas.ts';
import { TOPICS, type Lang, type Topic } from '../templates/types.ts';

export interface DeliveryContent {
  subject: string;
  /** The plain-text email, or the short text SMS and messengers send. */
  bodyText: string;
  bodyHtml: string | null;
}

const isTopic = (topic: string): topic is Topic => (TOPICS as readonly string[]).includes(topic);

/**
 * What one channel sends for a message: the whole email, or the short text. Throws
 * (ZodError, TypeError) when the data does not fit the topic's template: that is a bug
 * of the producer, recorded on the delivery rather than sent half-filled.
 */
export function renderDelivery(topic: string, lang: Lang, data: Record<string, unknown>, channel: ChannelName): DeliveryContent {
  if (!isTopic(topic)) throw new TypeError(`no template for topic ${topic}`);
  const parsed: unknown = topicDataSchemas[topic].parse(data);
  const rendered = renderMessage(topic, lang, parsed as never);
  return channel === 'email'
    ? { subject: rendered.subject, bodyText: rendered.text, bodyHtml: rendered.html }
    : { subject: rendered.subject, bodyText: rendered.sms, bodyHtml: null };
}

/** Why a message could not be rendered, in one line for the delivery log. */
export function renderError(error: unknown): string {
  if (error && typeof error === 'object' && 'issues' in error && Array.isArray(error.issues)) {
    const issues = error.issues as { path: PropertyKey[]; message: string }[];
    return `cannot render: ${issues.map((i) => `${i.path.map(String).join('.') || 'data'} ${i.message}`).join('; ')}`;
  }
  return `cannot render: ${error instanceof Error ? error.message : String(error)}`;
}
