import { clip } from '../format.ts';
import type { Inline, TopicTemplate } from '../layout.ts';

// The manager's body is plain text: a blank line starts a paragraph, a single
// line break stays a line break. The layout escapes it like any other text.
const paragraphsOf = (body: string): Inline[][] =>
  body
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => [p]);

export const broadcast: TopicTemplate<'broadcast'> = {
  ru: (d) => ({
    subject: d.subject,
    paragraphs: paragraphsOf(d.body),
    footer: ['Вы получили это сообщение, потому что подписались на новости. ', { label: 'Отписаться', url: d.unsubscribeUrl }],
    // Cyrillic goes as UCS2, 67 characters a part: keep it to about four parts.
    sms: `${clip(d.subject, 60)}. ${clip(d.body, 160)} Отписаться: ${d.unsubscribeUrl}`,
  }),
  en: (d) => ({
    subject: d.subject,
    paragraphs: paragraphsOf(d.body),
    footer: ['You receive this message because you subscribed to our news. ', { label: 'Unsubscribe', url: d.unsubscribeUrl }],
    sms: `${clip(d.subject, 60)}. ${clip(d.body, 300)} Unsubscribe: ${d.unsubscribeUrl}`,
  }),
};
