import type { ServiceDetail } from '../../endpoints/catalog.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { pickName } from '../../i18n/lang.ts';
import type { ServiceItem } from '../basket/basket-items.ts';
import { SeatMapPanel } from '../seat-map/seat-map-panel.tsx';

/**
 * A bundle or season ticket: one seat that is the client's at every event of the
 * pass. The seat is picked on the first event's map; the quote and the request
 * check it is free at every event.
 */
export function PassSeats({ service, timeZone, venueName, onAdd }: { service: ServiceDetail; timeZone: string; venueName: string; onAdd: (item: ServiceItem) => void }) {
  const { t, lang } = useI18n();
  const first = service.events.find((event) => event.status === 'scheduled') ?? service.events[0]!;
  const title = pickName(lang, service.name, service.nameEn);
  return (
    <section aria-labelledby="pass-seats">
      <h2 id="pass-seats">{t('seatMap.title')}</h2>
      <p>{t('service.chooseSeatHint')}</p>
      <SeatMapPanel
        event={{ eventId: first.id, title: first.title, startsAt: first.startsAt, timeZone, venueName }}
        onAddSeats={(picks) => {
          for (const { zone, seats } of picks) {
            onAdd({
              kind: 'service', key: `service:${service.id}:${zone.id}:${Date.now()}`, serviceId: service.id, title,
              summary: `${zone.name}: ${seats.map((seat) => t('seatMap.seatShort', { row: seat.row, seat: seat.label })).join(', ')}`,
              line: { serviceId: service.id, seatIds: seats.map((seat) => seat.seatId) }, amountMinor: null, currency: service.currency,
            });
          }
        }}
      />
    </section>
  );
}
