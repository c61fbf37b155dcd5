import type { QuoteResponse } from '../../endpoints/booking.ts';
import { formatDateTime, formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { QuoteFactors } from '../configurator/quote-factors.tsx';
import type { BasketItem } from './basket-items.ts';

/** One basket item: what it is, its quoted price and factors, its refusal if any, and a way to remove it. */
export function BasketLine({ item, quoted, error, onRemove }: { item: BasketItem; quoted: QuoteResponse['lines'][number] | undefined; error: string | undefined; onRemove: () => void }) {
  const { t, lang } = useI18n();
  const errorId = `${item.key}-error`;
  const details =
    item.kind === 'seats'
      ? t('basket.seats', { zone: item.zoneName, seats: item.seats.map((seat) => t('seatMap.seatShort', { row: seat.row, seat: seat.label })).join(', ') })
      : item.kind === 'places'
        ? t('basket.places', { zone: item.zoneName, count: item.quantity })
        : item.summary;
  return (
    <li className={`basket-item${error ? ' field-invalid' : ''}`} aria-describedby={error ? errorId : undefined}>
      <div className="basket-item-main">
        <h3>{item.title}</h3>
        {item.kind !== 'service' ? (
          <p className="muted">
            {formatDateTime(lang, item.startsAt, item.timeZone)} · {item.venueName}
          </p>
        ) : null}
        <p>{details}</p>
        {quoted ? (
          <details>
            <summary>{t('basket.priceDetails')}</summary>
            <QuoteFactors line={quoted} />
          </details>
        ) : null}
        {error ? (
          <p id={errorId} className="field-error">
            {error}
          </p>
        ) : null}
      </div>
      <div className="basket-item-side">
        <p className="price">{quoted ? formatMoney(lang, quoted.amountMinor, quoted.currency) : ''}</p>
        <button type="button" className="button button-link" onClick={onRemove} aria-label={t('basket.remove', { title: `${item.title} — ${details}` })}>
          {t('basket.removeShort')}
        </button>
      </div>
    </li>
  );
}
