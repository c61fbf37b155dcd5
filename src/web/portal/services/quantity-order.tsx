import { useMemo, useState } from 'react';
import type { ServiceDetail } from '../../endpoints/catalog.ts';
import { isApiError } from '../../api.ts';
import { formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { pickName } from '../../i18n/lang.ts';
import { Button } from '../../ui/button.tsx';
import { errorMessage } from '../../ui/error-text.ts';
import { TextField } from '../../ui/field.tsx';
import { FormAlert, Loading } from '../../ui/loading.tsx';
import type { ServiceItem } from '../basket/basket-items.ts';
import { QuoteFactors } from '../configurator/quote-factors.tsx';
import { useLiveQuote } from '../configurator/use-live-quote.ts';

/** A simple service (a pass, goods, an extra service): how many, and what it costs. */
export function QuantityOrder({ service, onAdd }: { service: ServiceDetail; onAdd: (item: ServiceItem) => void }) {
  const { t, lang } = useI18n();
  const [quantity, setQuantity] = useState('1');
  const line = useMemo(() => ({ serviceId: service.id, quantity: Number(quantity) }), [service.id, quantity]);
  const live = useLiveQuote(quantity === '' ? null : [line]);
  const refusal = live.status === 'refused' ? live.error : null;
  const onQuantity = refusal && isApiError(refusal) && refusal.field?.endsWith('quantity');

  return (
    <section className="configurator" aria-labelledby="order-title">
      <h2 id="order-title">{t('service.order')}</h2>
      <TextField
        name="quantity"
        type="number"
        inputMode="numeric"
        min={1}
        max={service.stockLeft ?? undefined}
        label={t('service.quantity')}
        value={quantity}
        onChange={(event) => setQuantity(event.target.value)}
        error={onQuantity ? errorMessage(t, refusal) : undefined}
      />
      <div className="quote-box" aria-live="polite">
        {live.status === 'loading' && quantity !== '' ? <Loading label={t('config.quoting')} /> : null}
        {refusal && !onQuantity ? <FormAlert>{errorMessage(t, refusal)}</FormAlert> : null}
        {live.quote ? (
          <>
            <p className="price-large" data-testid="quote-total">
              {formatMoney(lang, live.quote.totalMinor, live.quote.currency)}
            </p>
            {live.quote.lines[0] ? <QuoteFactors line={live.quote.lines[0]} /> : null}
          </>
        ) : null}
      </div>
      <Button
        variant="primary"
        disabled={live.status !== 'ok'}
        onClick={() =>
          live.status === 'ok' &&
          onAdd({
            kind: 'service', key: `service:${service.id}:${Date.now()}`, serviceId: service.id, title: pickName(lang, service.name, service.nameEn),
            summary: `${t('service.quantity')}: ${quantity}`, line, amountMinor: live.quote.totalMinor, currency: live.quote.currency,
          })
        }
      >
        {t('service.addToBasket')}
      </Button>
    </section>
  );
}
