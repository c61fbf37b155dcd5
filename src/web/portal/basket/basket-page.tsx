import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../api.ts';
import { submitRequest } from '../../endpoints/booking.ts';
import { formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { isClient, isStaff, useSession } from '../../session/session-context.tsx';
import { Button } from '../../ui/button.tsx';
import { errorMessage } from '../../ui/error-text.ts';
import { FormAlert, Loading, Notice } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { useLiveQuote } from '../configurator/use-live-quote.ts';
import { BasketLine } from './basket-line.tsx';
import { lineOf } from './basket-items.ts';
import { useBasket } from './basket-store.tsx';
import { InlineAuth } from './inline-auth.tsx';

/** The basket: what was chosen, priced live; then log in or register inline, and send the request. */
export function BasketPage() {
  const { t, lang } = useI18n();
  const { items, store } = useBasket();
  const session = useSession();
  const navigate = useNavigate();
  const lines = useMemo(() => items.map(lineOf), [items]);
  const live = useLiveQuote(lines.length > 0 ? lines : null);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [takenNotice, setTakenNotice] = useState<string | null>(null);
  // One key per basket content: a retry after a lost answer is the same request, not a second one.
  const idempotencyKey = useMemo(() => crypto.randomUUID(), [lines]);
  usePageTitle(t('basket.title'));

  const refusal = submitError ?? (live.status === 'refused' ? live.error : null);
  const refusedLine = isApiError(refusal) ? Number(/^lines\.(\d+)/.exec(refusal.field ?? '')?.[1] ?? NaN) : NaN;

  const submit = async () => {
    setSubmitting(true);
    setSubmitError(null);
    setTakenNotice(null);
    try {
      const request = await submitRequest({ lines, idempotencyKey });
      store.clear();
      await navigate(`/account/requests/${request.id}`, { state: { submitted: request.bookingNumber } });
    } catch (failure) {
      if (isApiError(failure) && failure.code === 'seats_taken') {
        const taken = (failure.problem.takenSeats as { seatId: string }[] | undefined) ?? [];
        const ids = new Set(taken.map((seat) => seat.seatId));
        const names = items.flatMap((item) => (item.kind === 'seats' ? item.seats.filter((seat) => ids.has(seat.seatId)).map((seat) => `${item.zoneName} ${t('seatMap.seatShort', { row: seat.row, seat: seat.label })}`) : []));
        store.removeSeats(ids);
        setTakenNotice(t('basket.taken', { seats: names.join(', ') || String(taken.length) }));
      } else {
        setSubmitError(failure);
      }
    } finally {
      setSubmitting(false);
    }
  };

  if (items.length === 0) {
    return (
      <section className="page page-narrow" aria-labelledby="basket-title">
        <h1 id="basket-title">{t('basket.title')}</h1>
        {takenNotice ? <Notice tone="warning">{takenNotice}</Notice> : null}
        <p>{t('basket.empty')}</p>
        <ul className="link-list">
          <li>
            <Link to="/schedule">{t('basket.toSchedule')}</Link>
          </li>
          <li>
            <Link to="/">{t('basket.toCatalog')}</Link>
          </li>
        </ul>
      </section>
    );
  }

  const actor = session.actor;
  return (
    <div className="page basket-page">
      <h1>{t('basket.title')}</h1>
      {takenNotice ? <Notice tone="warning">{takenNotice}</Notice> : null}
      <section aria-labelledby="basket-items">
        <h2 id="basket-items">{t('basket.items')}</h2>
        <ol className="basket-list">
          {items.map((item, index) => (
            <BasketLine
              key={item.key}
              item={item}
              quoted={live.status === 'ok' ? live.quote.lines[index] : undefined}
              error={refusedLine === index ? t('basket.lineError', { message: errorMessage(t, refusal) }) : undefined}
              onRemove={() => store.remove(item.key)}
            />
          ))}
        </ol>
        <div className="basket-total" aria-live="polite">
          {live.status === 'loading' ? <Loading label={t('basket.quoting')} /> : null}
          {live.status === 'ok' ? (
            <p className="price-large" data-testid="basket-total">
              {t('basket.total')}: {formatMoney(lang, live.quote.totalMinor, live.quote.currency)}
            </p>
          ) : null}
        </div>
        <Button variant="link" onClick={() => store.clear()}>
          {t('basket.clear')}
        </Button>
      </section>

      <section aria-labelledby="checkout-title" className="checkout">
        <h2 id="checkout-title">{t('basket.checkout')}</h2>
        {refusal && Number.isNaN(refusedLine) ? <FormAlert>{errorMessage(t, refusal)}</FormAlert> : null}
        {session.status === 'loading' ? <Loading /> : null}
        {session.status === 'ready' && !actor ? <InlineAuth /> : null}
        {actor && isStaff(actor) ? <Notice tone="warning">{t('basket.staffCannot')}</Notice> : null}
        {actor && isClient(actor) ? (
          <>
            <p>{t('basket.loggedInAs', { name: actor.displayName })}</p>
            <p className="muted">{t('basket.holdNote')}</p>
            <Button variant="primary" onClick={() => void submit()} busy={submitting} busyLabel={t('basket.submitting')} disabled={live.status === 'refused'}>
              {t('basket.submit')}
            </Button>
          </>
        ) : null}
      </section>
    </div>
  );
}
