import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { resolveSeats } from '../../endpoints/catalog.ts';
import { formatMoney, formatTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { errorMessage } from '../../ui/error-text.ts';
import { LoadError, Loading } from '../../ui/loading.tsx';
import type { SeatMapZone } from '../../../contexts/catalog/seat-map/contracts.ts';
import { eventItemKey, type ChosenSeat } from '../basket/basket-items.ts';
import { useBasket } from '../basket/basket-store.tsx';
import { GeneralAdmission } from './general-admission.tsx';
import { SeatLegend } from './seat-legend.tsx';
import { SeatList } from './seat-list.tsx';
import { SeatMapCanvas } from './seat-map-canvas.tsx';
import { seatOfOrdinal } from './seat-model.ts';
import { byZone, dropTaken, maxSelectedSeats, summarize, toggleSeat } from './selection.ts';
import { useSeatMap } from './use-seat-map.ts';

export interface EventFacts {
  eventId: string;
  title: string;
  startsAt: string;
  timeZone: string;
  venueName: string;
}

/** Picked seats of one zone, with their ids: what a request line names. */
export interface ZonePick {
  zone: SeatMapZone;
  seats: ChosenSeat[];
}

/**
 * Choosing seats of an event: the plan or the list, the picks and their total, then
 * the basket. A pass (bundle, season ticket) passes `onAddSeats` to sell the picked
 * seats as its own lines, and has no general-admission part.
 */
export function SeatMapPanel({ event, onAddSeats }: { event: EventFacts; onAddSeats?: (picks: ZonePick[]) => void }) {
  const { t, lang } = useI18n();
  const { store } = useBasket();
  const { loaded, error, refreshing, refresh, retry } = useSeatMap(event.eventId);
  const [mode, setMode] = useState<'map' | 'list'>('map');
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [notice, setNotice] = useState<{ tone: 'info' | 'error' | 'success'; text: string } | null>(null);
  const [adding, setAdding] = useState(false);

  // Fresh availability drops the picks someone else took meanwhile, and says so.
  const selectedRef = useRef(selected);
  selectedRef.current = selected;
  useEffect(() => {
    if (!loaded) return;
    const { selected: kept, dropped } = dropTaken(loaded.model, loaded.free, selectedRef.current);
    if (dropped.length === 0) return;
    const seats = dropped
      .map((ordinal) => seatOfOrdinal(loaded.model, ordinal))
      .filter((seat) => seat >= 0)
      .map((seat) => t('seatMap.seatShort', { row: loaded.model.rows[seat]!, seat: loaded.model.labels[seat]! }))
      .join(', ');
    setSelected(kept);
    setNotice({ tone: 'error', text: t('seatMap.dropped', { seats }) });
  }, [loaded, t]);

  const describe = useCallback(
    (seat: number) => {
      if (!loaded) return '';
      const { model, free } = loaded;
      const zone = model.zones[model.zone[seat]!];
      const picked = selected.has(model.ordinals[seat]!);
      const state = picked ? t('seatMap.statePicked') : !zone?.onSale ? t('seatMap.stateNotOnSale') : free[seat] ? t('seatMap.stateFree') : t('seatMap.stateTaken');
      const price = zone?.priceMinor !== null && zone?.priceMinor !== undefined ? ` · ${formatMoney(lang, zone.priceMinor, loaded.map.event.venue.currency)}` : '';
      return `${t('seatMap.seat', { zone: zone?.name ?? '', row: model.rows[seat]!, seat: model.labels[seat]! })}${price} · ${state}`;
    },
    [loaded, selected, t, lang],
  );

  const onToggle = useCallback(
    (seat: number) => {
      if (!loaded) return;
      const result = toggleSeat(loaded.model, loaded.free, selected, seat);
      setSelected(result.selected);
      if (result.refused === 'taken') setNotice({ tone: 'error', text: t('seatMap.refusedTaken') });
      else if (result.refused === 'not_on_sale') setNotice({ tone: 'error', text: t('seatMap.refusedNotOnSale') });
      else if (result.refused === 'limit') setNotice({ tone: 'error', text: t('seatMap.refusedLimit', { limit: maxSelectedSeats }) });
      else setNotice(null);
    },
    [loaded, selected, t],
  );

  if (error) return <LoadError error={error} onRetry={retry} />;
  if (!loaded) return <Loading label={t('seatMap.loading')} />;

  const currency = loaded.map.event.venue.currency;
  const summary = summarize(loaded.model, selected);

  const addToBasket = async () => {
    setAdding(true);
    try {
      const resolved = await resolveSeats(event.eventId, summary.seats.map((seat) => seat.ordinal));
      const idOf = new Map(resolved.map((seat) => [seat.ordinal, seat.seatId]));
      // A seat the hall no longer has (re-drawn meanwhile) cannot be requested.
      if (summary.seats.some((seat) => !idOf.has(seat.ordinal))) {
        setNotice({ tone: 'error', text: t('error.seat_not_on_sale') });
        return;
      }
      const picks = [...byZone(summary.seats)].map(([zoneIndex, seats]) => ({
        zone: loaded.model.zones[zoneIndex]!,
        seats: seats.map((seat) => ({ ordinal: seat.ordinal, seatId: idOf.get(seat.ordinal)!, row: seat.row, label: seat.label })),
      }));
      if (onAddSeats) onAddSeats(picks);
      else {
        for (const { zone, seats } of picks) {
          store.add({
            kind: 'seats', key: eventItemKey(event.eventId, zone.id), eventId: event.eventId, title: event.title, startsAt: event.startsAt, timeZone: event.timeZone,
            venueName: event.venueName, zoneId: zone.id, zoneName: zone.name, unitPriceMinor: zone.priceMinor, currency, seats,
          });
        }
      }
      setSelected(new Set());
      setNotice({ tone: 'success', text: t('seatMap.added') });
    } catch (failure) {
      setNotice({ tone: 'error', text: errorMessage(t, failure) });
    } finally {
      setAdding(false);
    }
  };

  const hasSeats = loaded.model.count > 0;
  return (
    <div className="seat-map-panel">
      <SeatLegend loaded={loaded} />
      {hasSeats ? (
        <>
          <div className="segmented" role="group" aria-label={t('seatMap.viewSwitch')}>
            <button type="button" aria-pressed={mode === 'map'} onClick={() => setMode('map')}>
              {t('seatMap.viewMap')}
            </button>
            <button type="button" aria-pressed={mode === 'list'} onClick={() => setMode('list')}>
              {t('seatMap.viewList')}
            </button>
          </div>
          {mode === 'map' ? (
            <SeatMapCanvas loaded={loaded} selected={selected} onToggle={onToggle} describeSeat={describe} />
          ) : (
            <SeatList loaded={loaded} selected={selected} onToggle={onToggle} />
          )}
          <p className="muted small">
            {t('seatMap.updated', { time: formatTime(lang, loaded.availability.at) })}{' '}
            <Button variant="link" onClick={() => void refresh()} busy={refreshing}>
              {t('seatMap.refresh')}
            </Button>
          </p>
        </>
      ) : null}
      <div className={`alert alert-${notice?.tone ?? 'info'}${notice ? '' : ' visually-hidden'}`} role="status" aria-live="polite">
        {notice?.text}
        {notice?.tone === 'success' ? (
          <>
            {' '}
            <Link to="/basket">{t('service.goToBasket')}</Link>
          </>
        ) : null}
      </div>
      {hasSeats ? (
        <section className="selection" aria-labelledby="selection-title">
          <h3 id="selection-title">{t('seatMap.selected')}</h3>
          {summary.seats.length === 0 ? (
            <p>{t('seatMap.noneSelected')}</p>
          ) : (
            <>
              <p data-testid="selected-count">{t('seatMap.selectedCount', { count: summary.seats.length })}</p>
              <ul className="picked-list">
                {summary.seats.map((seat) => {
                  const label = describe(seat.seat).split(' · ').slice(0, 2).join(' · ');
                  return (
                    <li key={seat.ordinal}>
                      <span>{label}</span>
                      <span>{seat.priceMinor === null ? '' : formatMoney(lang, seat.priceMinor, currency)}</span>
                      <button type="button" className="button button-link" onClick={() => onToggle(seat.seat)} aria-label={t('seatMap.remove', { seat: label })}>
                        ×
                      </button>
                    </li>
                  );
                })}
              </ul>
              <p className="total" data-testid="selected-total">
                {t('seatMap.total', { total: formatMoney(lang, summary.totalMinor, currency) })}
              </p>
              <p className="muted small">{t('seatMap.priceNote')}</p>
              <div className="actions">
                <Button variant="primary" onClick={() => void addToBasket()} busy={adding} busyLabel={t('seatMap.adding')}>
                  {t('seatMap.addToBasket')}
                </Button>
                <Button onClick={() => setSelected(new Set())}>{t('seatMap.clear')}</Button>
              </div>
            </>
          )}
        </section>
      ) : null}
      {onAddSeats ? null : <GeneralAdmission loaded={loaded} event={event} onAdded={(text) => setNotice({ tone: 'success', text })} />}
    </div>
  );
}
