import { useCallback, useState } from 'react';
import { resolveSeats } from '../../endpoints/catalog.ts';
import { formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { SeatLegend } from '../../portal/seat-map/seat-legend.tsx';
import { SeatList } from '../../portal/seat-map/seat-list.tsx';
import { SeatMapCanvas } from '../../portal/seat-map/seat-map-canvas.tsx';
import { summarize, toggleSeat } from '../../portal/seat-map/selection.ts';
import { useSeatMap } from '../../portal/seat-map/use-seat-map.ts';
import { Button } from '../../ui/button.tsx';
import { errorMessage, formErrors } from '../../ui/error-text.ts';
import { FormAlert, LoadError, Loading } from '../../ui/loading.tsx';
import type { RequestLine } from './requests-api.ts';
import type { useAdjust } from './use-adjust.ts';

// A line names at most 500 seats (the request contract).
const maxSeats = 500;

/**
 * Other seats for a seated line, picked on the event's map (the portal's map, or its
 * list of free seats for keyboard and screen-reader users). The line's own seats show
 * as taken: they are held by this request until the new ones are claimed.
 */
export function SeatReassign({ eventId, line, adjust }: { eventId: string; line: RequestLine; adjust: ReturnType<typeof useAdjust> }) {
  const { t, lang } = useI18n();
  const { loaded, error, retry } = useSeatMap(eventId);
  const [mode, setMode] = useState<'map' | 'list'>('map');
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const [resolving, setResolving] = useState(false);
  const errors = formErrors(t, adjust.errorOf('seats'), ['seatIds']);

  const onToggle = useCallback(
    (seat: number) => {
      if (!loaded) return;
      const result = toggleSeat(loaded.model, loaded.free, selected, seat, maxSeats);
      setSelected(result.selected);
      setNotice(result.refused === 'taken' ? t('seatMap.refusedTaken') : result.refused === 'not_on_sale' ? t('seatMap.refusedNotOnSale') : null);
    },
    [loaded, selected, t],
  );
  const describe = useCallback(
    (seat: number) => {
      if (!loaded) return '';
      const { model, free } = loaded;
      const zone = model.zones[model.zone[seat]!];
      const state = selected.has(model.ordinals[seat]!) ? t('seatMap.statePicked') : free[seat] ? t('seatMap.stateFree') : t('seatMap.stateTaken');
      return `${t('seatMap.seat', { zone: zone?.name ?? '', row: model.rows[seat]!, seat: model.labels[seat]! })} · ${state}`;
    },
    [loaded, selected, t],
  );

  if (error) return <LoadError error={error} onRetry={retry} />;
  if (!loaded) return <Loading label={t('seatMap.loading')} />;
  const summary = summarize(loaded.model, selected);
  const seatsText = summary.seats.map((seat) => t('seatMap.seatShort', { row: seat.row, seat: seat.label })).join(', ');

  const submit = async () => {
    setResolving(true);
    setNotice(null);
    try {
      const resolved = await resolveSeats(eventId, summary.seats.map((seat) => seat.ordinal));
      const ok = await adjust.submit('seats', { seatIds: resolved.map((seat) => seat.seatId) }, t('operator.seatsChanged', { no: line.lineNo, seats: seatsText }));
      if (ok) setSelected(new Set());
    } catch (failure) {
      setNotice(errorMessage(t, failure));
    } finally {
      setResolving(false);
    }
  };

  return (
    <section className="seat-reassign" aria-labelledby="seat-reassign-title">
      <h4 id="seat-reassign-title">{t('operator.reassignSeats')}</h4>
      <p className="muted small">{t('operator.reassignHint', { count: line.seatIds.length })}</p>
      <SeatLegend loaded={loaded} />
      <div className="segmented" role="group" aria-label={t('seatMap.viewSwitch')}>
        <button type="button" aria-pressed={mode === 'map'} onClick={() => setMode('map')}>
          {t('seatMap.viewMap')}
        </button>
        <button type="button" aria-pressed={mode === 'list'} onClick={() => setMode('list')}>
          {t('seatMap.viewList')}
        </button>
      </div>
      {mode === 'map' ? <SeatMapCanvas loaded={loaded} selected={selected} onToggle={onToggle} describeSeat={describe} /> : <SeatList loaded={loaded} selected={selected} onToggle={onToggle} />}
      {notice ? <FormAlert>{notice}</FormAlert> : null}
      <FormAlert>{errors.general ?? errors.byField.seatIds}</FormAlert>
      <p data-testid="reassign-picked" aria-live="polite">
        {summary.seats.length === 0 ? t('seatMap.noneSelected') : t('operator.pickedSeats', { count: summary.seats.length, seats: seatsText, total: formatMoney(lang, summary.totalMinor, line.currency) })}
      </p>
      <div className="actions">
        <Button variant="primary" onClick={() => void submit()} disabled={summary.seats.length === 0} busy={resolving || adjust.busy === 'seats'}>
          {t('operator.reassignSubmit')}
        </Button>
        {summary.seats.length > 0 ? <Button onClick={() => setSelected(new Set())}>{t('seatMap.clear')}</Button> : null}
      </div>
    </section>
  );
}
