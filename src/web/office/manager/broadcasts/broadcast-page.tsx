import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { Button } from '../../../ui/button.tsx';
import { Dialog } from '../../../ui/dialog.tsx';
import { FormAlert, LoadError, Loading } from '../../../ui/loading.tsx';
import { usePageTitle } from '../../../ui/page-title.ts';
import { useResource } from '../../../ui/use-resource.ts';
import { inlineError, useSubmit } from '../shared/use-submit.ts';
import { type BroadcastPreviewView, getBroadcast, previewBroadcast, sendBroadcast } from './broadcast-endpoints.ts';
import { BroadcastPreview } from './broadcast-preview.tsx';
import { BroadcastProgress } from './broadcast-progress.tsx';

/** One broadcast: its texts, a preview as clients will get it, sending, and the delivery counts while it goes out. */
export function BroadcastPage() {
  const { t, lang } = useI18n();
  const { broadcastId = '' } = useParams();
  const broadcast = useResource(() => getBroadcast(broadcastId), [broadcastId]);
  const [preview, setPreview] = useState<BroadcastPreviewView | null>(null);
  const [confirming, setConfirming] = useState(false);
  const submit = useSubmit();
  const data = broadcast.data;
  usePageTitle(data?.subject[lang] ?? t('office.section.broadcasts'));

  // While deliveries are under way, the counts are read again every few seconds.
  const done = !data || (data.status === 'sent' && data.progress.deliveries.pending + data.progress.deliveries.sending === 0);
  const { reload } = broadcast;
  useEffect(() => {
    if (done || data?.status === 'draft') return;
    const timer = setInterval(reload, 3000);
    return () => clearInterval(timer);
  }, [done, data?.status, reload]);

  if (broadcast.loading && !data) return <Loading />;
  if (broadcast.error || !data) return <LoadError error={broadcast.error} onRetry={broadcast.reload} />;
  const showPreview = async () => setPreview((await submit.run(() => previewBroadcast(data.id))) ?? null);
  const send = async () => {
    setConfirming(false);
    const sent = await submit.run(() => sendBroadcast(data.id));
    if (sent) broadcast.setData(sent);
  };
  return (
    <section aria-labelledby="broadcast-title">
      <p>
        <Link to="/office/broadcasts">← {t('office.section.broadcasts')}</Link>
      </p>
      <h1 id="broadcast-title">{data.subject[lang]}</h1>
      <dl className="facts-grid">
        <dt>{t('common.status')}</dt>
        <dd>{t(`broadcasts.status.${data.status}`)}</dd>
        <dt>{t('broadcasts.topic')}</dt>
        <dd>{t(`account.topic.${data.topic}`)}</dd>
        <dt>{t('broadcasts.audience')}</dt>
        <dd>{t(`broadcasts.audience.${data.audience.kind}`)}</dd>
        <dt>{t('broadcasts.created')}</dt>
        <dd>{formatDateTime(lang, data.createdAt)}</dd>
        {data.sendStartedAt ? (
          <>
            <dt>{t('broadcasts.sendStarted')}</dt>
            <dd>{formatDateTime(lang, data.sendStartedAt)}</dd>
          </>
        ) : null}
      </dl>
      <FormAlert>{inlineError(t, submit.error)}</FormAlert>
      <div className="actions">
        <Button onClick={() => void showPreview()} busy={submit.busy}>
          {t('broadcasts.preview')}
        </Button>
        {data.status === 'draft' ? (
          <Button variant="primary" onClick={() => setConfirming(true)} busy={submit.busy}>
            {t('broadcasts.send')}
          </Button>
        ) : null}
      </div>
      {preview ? <BroadcastPreview preview={preview} /> : <BroadcastPreview texts={data} />}
      {data.status === 'draft' ? null : <BroadcastProgress broadcast={data} />}
      <Dialog open={confirming} title={t('broadcasts.confirmTitle')} onClose={() => setConfirming(false)}>
        <p>{t('broadcasts.confirmText')}</p>
        <div className="actions">
          <Button variant="primary" onClick={() => void send()}>
            {t('broadcasts.sendNow')}
          </Button>
          <Button onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
        </div>
      </Dialog>
    </section>
  );
}
