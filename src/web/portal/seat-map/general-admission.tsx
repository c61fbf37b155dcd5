import { useState } from 'react';
import { formatMoney, formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { TextField } from '../../ui/field.tsx';
import { eventItemKey } from '../basket/basket-items.ts';
import { useBasket } from '../basket/basket-store.tsx';
import type { EventFacts } from './seat-map-panel.tsx';
import type { LoadedSeatMap } from './use-seat-map.ts';

/** General-admission zones (a dance floor): no seats to pick, only how many places. */
export function GeneralAdmission({ loaded, event, onAdded }: { loaded: LoadedSeatMap; event: EventFacts; onAdded: (text: string) => void }) {
  const { t, lang } = useI18n();
  const { store } = useBasket();
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const counts = new Map(loaded.availability.zones.map((zone) => [zone.zoneId, zone]));
  const zones = loaded.model.zones.filter((zone) => zone.kind === 'general_admission' && zone.onSale);
  if (zones.length === 0) return null;
  const currency = loaded.map.event.venue.currency;

  const add = (zoneId: string) => {
    const zone = zones.find((candidate) => candidate.id === zoneId)!;
    const quantity = Number(quantities[zoneId] ?? '1');
    const free = counts.get(zoneId)?.free ?? 0;
    if (!Number.isInteger(quantity) || quantity < 1) {
      setErrors({ ...errors, [zoneId]: t('error.quantity_invalid') });
      return;
    }
    if (quantity > free) {
      setErrors({ ...errors, [zoneId]: t('seatMap.gaTooMany', { free }) });
      return;
    }
    setErrors({ ...errors, [zoneId]: '' });
    store.add({
      kind: 'places', key: eventItemKey(event.eventId, zone.id), eventId: event.eventId, title: event.title, startsAt: event.startsAt, timeZone: event.timeZone,
      venueName: event.venueName, zoneId: zone.id, zoneName: zone.name, unitPriceMinor: zone.priceMinor, currency, quantity,
    });
    onAdded(t('seatMap.gaAdded', { count: quantity, zone: zone.name }));
  };

  return (
    <section className="general-admission" aria-labelledby="ga-title">
      <h3 id="ga-title">{t('seatMap.generalAdmission')}</h3>
      <ul className="card-grid">
        {zones.map((zone) => {
          const count = counts.get(zone.id);
          return (
            <li key={zone.id} className="card">
              <h4>{zone.name}</h4>
              <p className="price">{zone.priceMinor !== null ? formatMoney(lang, zone.priceMinor, currency) : ''}</p>
              {count ? <p className="muted">{t('seatMap.freeOf', { free: formatNumber(lang, count.free), total: formatNumber(lang, count.total) })}</p> : null}
              <form
                className="inline-form"
                noValidate
                onSubmit={(submit) => {
                  submit.preventDefault();
                  add(zone.id);
                }}
              >
                <TextField
                  name={`ga-${zone.code}`}
                  type="number"
                  min={1}
                  max={count?.free}
                  inputMode="numeric"
                  label={t('seatMap.gaQuantity', { zone: zone.name })}
                  value={quantities[zone.id] ?? '1'}
                  onChange={(change) => setQuantities({ ...quantities, [zone.id]: change.target.value })}
                  error={errors[zone.id] || undefined}
                />
                <Button type="submit" variant="primary" disabled={!count || count.free === 0} aria-label={t('seatMap.gaAddZone', { zone: zone.name })}>
                  {t('seatMap.gaAdd')}
                </Button>
              </form>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
