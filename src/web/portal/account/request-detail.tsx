import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../api.ts';
import { getMyRequest } from '../../endpoints/booking.ts';
import { formatDateTime, formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { LoadError, Loading } from '../../ui/loading.tsx';
import { NotFoundPage } from '../../ui/pages.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { HistoryList } from './history-list.tsx';

/** One request: booking number, status, lines with their prices or refusals, the order it led to, history. */
export function RequestDetailPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const location = useLocation();
  const submitted = (location.state as { submitted?: string } | null)?.submitted;
  const request = useResource(() => getMyRequest(id), [id]);
  usePageTitle(request.data ? t('account.requestTitle', { number: request.data.bookingNumber }) : undefined);

  if (isApiError(request.error) && (request.error.status === 404 || request.error.status === 400)) return <NotFoundPage />;
  if (request.error) return <LoadError error={request.error} onRetry={request.reload} />;
  if (!request.data) return <Loading />;
  const data = request.data;
  const money = (minor: number) => formatMoney(lang, minor, data.currency);
  const open = data.status === 'not_processed' || data.status === 'in_processing';

  return (
    <article>
      {submitted ? (
        <div className="alert alert-success submitted" role="status">
          <h2>{t('submitted.title')}</h2>
          <p>
            {t('submitted.number')}: <strong className="booking-number" data-testid="booking-number">{submitted}</strong>
          </p>
          <p>{t('submitted.text')}</p>
        </div>
      ) : null}
      <h1>{t('account.requestTitle', { number: data.bookingNumber })}</h1>
      <p>
        <StatusBadge entity="request" status={data.status} /> · {t('account.created')}: {formatDateTime(lang, data.createdAt)}
      </p>
      {open ? <p>{t('account.heldUntil', { time: formatDateTime(lang, data.heldUntil) })}</p> : null}
      {data.reason ? <p>{t('account.reason', { reason: data.reason })}</p> : null}
      {data.order ? (
        <p className="alert alert-info">
          {t('account.orderOfRequest')}: <Link to={`/account/orders/${data.order.id}`}>{data.order.bookingNumber}</Link> —{' '}
          <StatusBadge entity="order" status={data.order.status} />
        </p>
      ) : null}
      <section aria-labelledby="request-lines">
        <h2 id="request-lines">{t('account.linesTitle')}</h2>
        <ol className="basket-list">
          {data.lines.map((line) => (
            <li key={line.id} className={`basket-item${line.status === 'refused' ? ' line-refused' : ''}`}>
              <div className="basket-item-main">
                <p>{line.description ?? line.kind}</p>
                <p className="muted small">
                  <StatusBadge entity="line" status={line.status} /> · {t('account.lineQuantity', { count: line.quantity })}
                </p>
                {line.refusedReason ? <p className="field-error">{t('account.lineRefused', { reason: line.refusedReason })}</p> : null}
                {line.priceOverride ? <p className="small">{t('account.priceOverride', { reason: line.priceOverride.reason })}</p> : null}
              </div>
              <div className="basket-item-side">
                <p className="price">{money(line.amountMinor)}</p>
              </div>
            </li>
          ))}
        </ol>
        <p className="price-large">
          {t('common.total')}: {money(data.totalMinor)}
        </p>
      </section>
      <HistoryList history={data.history} />
    </article>
  );
}
