import { formatDateTime, formatMoney, plural } from './format.ts';
import { escapeHtml, safeUrl } from './html.ts';
import type { Lang, RenderedMessage, Topic, TopicData } from './types.ts';

/** A piece of a paragraph: plain text, or a link whose URL shows in the text version. */
export type Inline = string | { label: string; url: string };

/** What a topic writes; the layout alone turns it into text and escaped HTML. */
export interface Draft {
  subject: string;
  paragraphs: Inline[][];
  /** The one thing to click, shown as a button. */
  action?: { label: string; url: string };
  /** Small print under a rule: why the client gets this, how to stop it. */
  footer?: Inline[];
  sms: string;
}

/** Formatting bound to the message language, handed to every topic. */
export interface Fmt {
  lang: Lang;
  money(kopecks: number): string;
  dateTime(date: Date, timeZone: string): string;
  count(n: number, forms: { one: string; few?: string; many: string }): string;
}

export type TopicTemplate<T extends Topic> = Record<Lang, (data: TopicData[T], f: Fmt) => Draft>;

export function fmtFor(lang: Lang): Fmt {
  return {
    lang,
    money: (kopecks) => formatMoney(kopecks, lang),
    dateTime: (date, timeZone) => formatDateTime(date, timeZone, lang),
    count: (n, forms) => plural(n, lang, forms),
  };
}

const SIGNATURE: Record<Lang, string> = { ru: 'Билетная служба', en: 'Ticket office' };

function greeting(lang: Lang, name: string): string {
  const n = name.trim();
  if (lang === 'ru') return n ? `Здравствуйте, ${n}!` : 'Здравствуйте!';
  return n ? `Dear ${n},` : 'Hello,';
}

export function renderDraft(draft: Draft, lang: Lang, clientName: string): RenderedMessage {
  // A line break in a manager's subject would otherwise start a new mail header.
  const subject = draft.subject.replace(/[\r\n]+/g, ' ').trim();
  const hello = greeting(lang, clientName);
  const action = draft.action && { label: draft.action.label, url: safeUrl(draft.action.url) };

  const textOf = (inlines: Inline[]) => inlines.map((i) => (typeof i === 'string' ? i : `${i.label}: ${safeUrl(i.url)}`)).join('');
  const text = [
    hello,
    ...draft.paragraphs.map(textOf),
    ...(action ? [`${action.label}: ${action.url}`] : []),
    SIGNATURE[lang],
    ...(draft.footer ? ['--', textOf(draft.footer)] : []),
  ].join('\n\n');

  const htmlOf = (inlines: Inline[]) =>
    inlines
      .map((i) => (typeof i === 'string' ? escapeHtml(i).replace(/\n/g, '<br>') : `<a href="${escapeHtml(safeUrl(i.url))}">${escapeHtml(i.label)}</a>`))
      .join('');
  const button = action
    ? `<p><a href="${escapeHtml(action.url)}" style="display:inline-block;padding:10px 18px;background:#1a56db;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(action.label)}</a></p>`
    : '';
  const footer = draft.footer ? `<hr><p style="font-size:12px;color:#666">${htmlOf(draft.footer)}</p>` : '';
  const html = [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#222">',
    `<p>${escapeHtml(hello)}</p>`,
    ...draft.paragraphs.map((p) => `<p>${htmlOf(p)}</p>`),
    button,
    `<p>${escapeHtml(SIGNATURE[lang])}</p>`,
    footer,
    '</body></html>',
  ].join('\n');

  return { subject, text, html, sms: draft.sms.replace(/\s+/g, ' ').trim() };
}
