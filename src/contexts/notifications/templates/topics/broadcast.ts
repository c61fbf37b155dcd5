import { clip } from '../format.ts';
import type { Inline, TopicTemplate } from '../layout.ts';
import type { BroadcastTopic } from '../types.ts';

// The manager's body is plain text: a blank line starts a paragraph, a single
// line break stays a line break. The layout escapes it like any other text.
const paragraphsOf = (body: string): Inline[][] =>
  body
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => [p]);

const why: Record<BroadcastTopic, { ru: string; en: string }> = {
  news: { ru: 'на новости', en: 'to our news' },
  schedule: { ru: 'на расписание', en: 'to schedules' },
  sales_start: { ru: 'на начало продаж', en: 'to the start of sales' },
  price_changes: { ru: 'на изменения цен', en: 'to price changes' },
};

export const broadcast: TopicTemplate<'broadcast'> = {
  ru: (d) => ({
    subject: d.subject,
    paragraphs: paragraphsOf(d.body),
    footer: [`Вы получили это сообщение, потому что подписались ${why[d.topic ?? 'news'].ru}. `, { label: 'Отписаться', url: d.unsubscribeUrl }],
    // Cyrillic goes as UCS2, 67 characters a part: keep it to about four parts.
    sms: `${clip(d.subject, 60)}. ${clip(d.body, 160)} Отписаться: ${d.unsubscribeUrl}`,
  }),
  en: (d) => ({
    subject: d.subject,
    paragraphs: paragraphsOf(d.body),
    footer: [`You receive this message because you subscribed ${why[d.topic ?? 'news'].en}. `, { label: 'Unsubscribe', url: d.unsubscribeUrl }],
    sms: `${clip(d.subject, 60)}. ${clip(d.body, 300)} Unsubscribe: ${d.unsubscribeUrl}`,
  }),
};
