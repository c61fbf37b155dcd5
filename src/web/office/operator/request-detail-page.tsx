import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDateTime, formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { HistoryList } from '../shared/history-list.tsx';
import { LoadError, Loading, Notice } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { ClientNotifications } from '../shared/client-notifications.tsx';
import { ClientSummary } from '../shared/client-summary.tsx';
import { Facts } from '../shared/facts.tsx';
import { HoldsTable } from './holds-table.tsx';
import { RequestActions } from './request-actions.tsx';
import { RequestLines } from './request-lines.tsx';
import { getRequest, type RequestDetail } from './requests-api.ts';

export type Outcome = { tone: 'success' | 'info'; text: string } | null;

/** One request: its client, lines, hold and history, and what the operator does with it. */
export function RequestDetailPage() {
  const { t } = useI18n();
  const { requestId = '' } = useParams();
  const request = useResource(() => getRequest(requestId), [requestId]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  usePageTitle(request.data ? t('operator.requestTitle', { number: request.data.bookingNumber }) : t('operator.queueTitle'));

  if (request.error) return <LoadError error={request.error} onRetry={request.reload} />;
  if (!request.data) return <Loading />;
  const detail = request.data;
  // Every action answers with the request as it now is; the page shows that answer.
  const changed = (next: RequestDetail, text?: string) => {
    request.setData(next);
    setOutcome(text ? { tone: 'success', text } : null);
  };

  return (
    <section className="page" aria-labelledby="request-title">
      <p>
        <Link to="/office/requests">← {t('operator.backToQueue')}</Link>
      </p>
      <h1 id="request-title">
        {t('operator.requestTitle', { number: detail.bookingNumber })} <StatusBadge entity="request" status={detail.status} />
      </h1>
      <RequestFacts detail={detail} />
      {outcome ? <Notice tone={outcome.tone}>{outcome.text}</Notice> : null}
      <RequestActions detail={detail} onChanged={changed} />
      <RequestLines detail={detail} onChanged={changed} />
      <HoldsTable holds={detail.holds ?? []} />
      <HistoryList history={detail.history} />
      <ClientNotifications bookingNumber={detail.bookingNumber} version={detail.updatedAt + detail.status} />
    </section>
  );
}

function RequestFacts({ detail }: { detail: RequestDetail }) {
  const { t, lang } = useI18n();
  const open = detail.status === 'not_processed' || detail.status === 'in_processing';
  const expired = open && new Date(detail.heldUntil).getTime() < Date.now();
  return (
    <Facts
      items={[
        { label: t('office.client'), value: <ClientSummary clientId={detail.clientId} /> },
        { label: t('operator.submitted'), value: formatDateTime(lang, detail.createdAt) },
        { label: t('common.total'), value: formatMoney(lang, detail.totalMinor, detail.currency), testId: 'request-total' },
        {
          label: open ? t('operator.heldUntil') : t('operator.orderHeldUntil'),
          value: (
            <>
              {formatDateTime(lang, detail.heldUntil)}
              {expired ? <span className="badge badge-request-rejected"> {t('operator.holdExpired')}</span> : null}
            </>
          ),
        },
        detail.reason ? { label: t('operator.reason'), value: detail.reason } : null,
        detail.order
          ? {
              label: t('operator.order'),
              value: (
                <>
                  <Link to={`/office/orders/${detail.order.id}`}>{detail.order.bookingNumber}</Link> <StatusBadge entity="order" status={detail.order.status} />{' '}
                  {formatMoney(lang, detail.order.totalMinor, detail.order.currency)}
                </>
              ),
            }
          : null,
      ]}
    />
  );
}
