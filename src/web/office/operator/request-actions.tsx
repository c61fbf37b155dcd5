import { useState } from 'react';
import { formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { Dialog } from '../../ui/dialog.tsx';
import { errorMessage } from '../../ui/error-text.ts';
import { FormAlert } from '../../ui/loading.tsx';
import { ReasonDialog } from '../shared/reason-dialog.tsx';
import { processRequest, rejectRequest, releaseRequest, takeRequest, type RequestDetail } from './requests-api.ts';

/** Take, release, reject with a reason, or process: what the request's status allows. */
export function RequestActions({ detail, onChanged }: { detail: RequestDetail; onChanged: (next: RequestDetail, outcome?: string) => void }) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState<'take' | 'release' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [dialog, setDialog] = useState<'reject' | 'process' | null>(null);
  if (detail.status !== 'not_processed' && detail.status !== 'in_processing') return null;

  const run = async (which: 'take' | 'release') => {
    setBusy(which);
    setError(null);
    try {
      onChanged(which === 'take' ? await takeRequest(detail.id) : await releaseRequest(detail.id));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };
  const active = detail.lines.filter((line) => line.status === 'active');

  return (
    <div className="request-actions">
      <FormAlert>{error ? errorMessage(t, error) : null}</FormAlert>
      <div className="actions">
        {detail.status === 'not_processed' ? (
          <Button onClick={() => void run('take')} busy={busy === 'take'}>
            {t('operator.take')}
          </Button>
        ) : (
          <Button onClick={() => void run('release')} busy={busy === 'release'}>
            {t('operator.release')}
          </Button>
        )}
        <Button variant="primary" onClick={() => setDialog('process')} disabled={active.length === 0}>
          {t('operator.process')}
        </Button>
        <Button variant="danger" onClick={() => setDialog('reject')}>
          {t('operator.reject')}
        </Button>
      </div>
      <ReasonDialog
        open={dialog === 'reject'}
        title={t('operator.rejectTitle', { number: detail.bookingNumber })}
        label={t('operator.rejectReason')}
        submitLabel={t('operator.rejectSubmit')}
        onClose={() => setDialog(null)}
        onSubmit={async (reason) => onChanged(await rejectRequest(detail.id, reason), t('operator.rejected'))}
      >
        <p>{t('operator.rejectText')}</p>
      </ReasonDialog>
      <ProcessDialog open={dialog === 'process'} detail={detail} onClose={() => setDialog(null)} onDone={(next) => {
        setDialog(null);
        const order = next.order;
        onChanged(next, order ? t('operator.processed', { number: order.bookingNumber, total: formatMoney(lang, order.totalMinor, order.currency) }) : undefined);
      }} />
    </div>
  );
}

function ProcessDialog({ open, detail, onClose, onDone }: { open: boolean; detail: RequestDetail; onClose: () => void; onDone: (next: RequestDetail) => void }) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const active = detail.lines.filter((line) => line.status === 'active');
  const refused = detail.lines.length - active.length;
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(await processRequest(detail.id));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} title={t('operator.processTitle', { number: detail.bookingNumber })} onClose={onClose}>
      <p>{t('operator.processText', { lines: active.length, total: formatMoney(lang, detail.totalMinor, detail.currency) })}</p>
      {refused > 0 ? <p>{t('operator.processRefused', { count: refused })}</p> : null}
      <p className="muted">{t('operator.processNotice')}</p>
      <FormAlert>{error ? errorMessage(t, error) : null}</FormAlert>
      <div className="actions">
        <Button variant="primary" onClick={() => void submit()} busy={busy}>
          {t('operator.processSubmit')}
        </Button>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
      </div>
    </Dialog>
  );
}
