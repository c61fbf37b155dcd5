import type { AppDeps } from '../../../server/deps.ts';
import type { BroadcastPreviewView } from '../contracts.ts';
import { renderMessage } from '../templates/render-message.ts';
import type { Lang } from '../templates/types.ts';
import { unsubscribeUrl } from '../subscriptions/unsubscribe-token.ts';
import type { BroadcastRow } from '../tables.ts';
import { audiencePage } from './broadcast-audience.ts';
import { findBroadcast } from './broadcasts-repository.ts';
import { broadcastNotFound } from './get-broadcast.ts';

const sampleName: Record<Lang, string> = { ru: 'Анна Смирнова', en: 'Anna Smirnova' };
// A client id no client has: the sample link shows its shape and unsubscribes nobody.
const nobody = '00000000-0000-0000-0000-000000000000';
const PAGE = 500;

/** The broadcast as clients will see it in both languages, and how many it would reach if sent now. */
export async function previewBroadcast(deps: AppDeps, broadcastId: string): Promise<BroadcastPreviewView> {
  const { db } = deps.database;
  const broadcast = await findBroadcast(db, broadcastId);
  if (!broadcast) throw broadcastNotFound();
  const render = (lang: Lang) =>
    renderMessage('broadcast', lang, {
      clientName: sampleName[lang],
      subject: lang === 'en' ? broadcast.subjectEn : broadcast.subjectRu,
      body: lang === 'en' ? broadcast.bodyEn : broadcast.bodyRu,
      unsubscribeUrl: unsubscribeUrl(deps.config, { clientId: nobody, topic: broadcast.topic, channel: 'email' }),
      topic: broadcast.topic,
    });
  return { ru: render('ru'), en: render('en'), recipients: await countRecipients(deps, broadcast) };
}

async function countRecipients(deps: AppDeps, broadcast: BroadcastRow): Promise<BroadcastPreviewView['recipients']> {
  const totals = { clients: 0, email: 0, sms: 0, messenger: 0 };
  let after: string | null = null;
  for (;;) {
    const page = await audiencePage(deps.database.db, broadcast, after, PAGE);
    for (const recipient of page.recipients) {
      totals.clients += 1;
      for (const channel of recipient.channels) totals[channel] += 1;
    }
    if (page.done) return totals;
    after = page.lastClientId;
  }
}
