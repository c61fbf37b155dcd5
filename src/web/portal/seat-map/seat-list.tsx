import { useMemo, useState } from 'react';
import { formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { CheckboxField, Fieldset, SelectField } from '../../ui/field.tsx';
import type { LoadedSeatMap } from './use-seat-map.ts';

/**
 * The accessible way to pick seats: choose a zone, then tick free seats row by row.
 * Real checkboxes, so a screen reader or a keyboard alone is enough.
 */
export function SeatList({ loaded, selected, onToggle }: { loaded: LoadedSeatMap; selected: ReadonlySet<number>; onToggle: (seat: number) => void }) {
  const { t, lang } = useI18n();
  const { model, free } = loaded;
  const seatedZones = useMemo(
    () => model.zones.map((zone, index) => ({ zone, index })).filter(({ zone }) => zone.kind === 'seated' && zone.onSale && zone.seatCount > 0),
    [model],
  );
  const [zoneIndex, setZoneIndex] = useState(() => seatedZones[0]?.index ?? -1);
  const zone = model.zones[zoneIndex];

  const rows = useMemo(() => {
    const byRow = new Map<string, number[]>();
    for (let seat = 0; seat < model.count; seat += 1) {
      if (model.zone[seat] !== zoneIndex) continue;
      if (!free[seat] && !selected.has(model.ordinals[seat]!)) continue;
      const row = model.rows[seat]!;
      const list = byRow.get(row);
      if (list) list.push(seat);
      else byRow.set(row, [seat]);
    }
    return [...byRow.entries()];
  }, [model, free, selected, zoneIndex]);

  if (seatedZones.length === 0) return <p>{t('seatMap.noSeats')}</p>;
  return (
    <div className="seat-list">
      <SelectField name="seatListZone" label={t('seatMap.listZone')} value={String(zoneIndex)} onChange={(event) => setZoneIndex(Number(event.target.value))} hint={t('seatMap.listHint')}>
        {seatedZones.map(({ zone: option, index }) => (
          <option key={option.id} value={index}>
            {option.name}
            {option.priceMinor !== null ? ` — ${formatMoney(lang, option.priceMinor, loaded.map.event.venue.currency)}` : ''}
          </option>
        ))}
      </SelectField>
      {rows.length === 0 ? <p>{t('seatMap.listNoFree')}</p> : null}
      <div className="seat-list-rows">
        {rows.map(([row, seats]) => (
          <Fieldset key={row} legend={`${zone?.name ?? ''}: ${t('seatMap.listRow', { row })}`} className="seat-list-row">
            {seats.map((seat) => (
              <CheckboxField
                key={seat}
                name={`seat-${model.ordinals[seat]}`}
                label={t('seatMap.seatShort', { row, seat: model.labels[seat]! })}
                checked={selected.has(model.ordinals[seat]!)}
                onChange={() => onToggle(seat)}
              />
            ))}
          </Fieldset>
        ))}
      </div>
    </div>
  );
}
