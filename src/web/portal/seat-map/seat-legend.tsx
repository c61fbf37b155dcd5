import { formatMoney, formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { notOnSaleColor, selectedColor, takenColor, zoneColor } from './draw-seat-map.ts';
import type { LoadedSeatMap } from './use-seat-map.ts';

/**
 * What the colours mean. A stadium has dozens of sectors in a few price bands, so
 * the legend lists each colour and price once; every zone with its free seats is in
 * the table that opens below it.
 */
export function SeatLegend({ loaded }: { loaded: LoadedSeatMap }) {
  const { t, lang } = useI18n();
  const currency = loaded.map.event.venue.currency;
  const counts = new Map(loaded.availability.zones.map((zone) => [zone.zoneId, zone]));
  const bands = new Map<string, { color: string; price: string; zones: number; free: number }>();
  loaded.model.zones.forEach((zone, index) => {
    const color = zone.onSale ? zoneColor(zone.color, index) : notOnSaleColor;
    const price = zone.onSale && zone.priceMinor !== null ? formatMoney(lang, zone.priceMinor, currency) : t('event.notOnSale');
    const band = bands.get(`${color}|${price}`) ?? { color, price, zones: 0, free: 0 };
    band.zones += 1;
    band.free += zone.onSale ? (counts.get(zone.id)?.free ?? 0) : 0;
    bands.set(`${color}|${price}`, band);
  });
  return (
    <section className="seat-legend" aria-labelledby="legend-title">
      <h3 id="legend-title">{t('seatMap.legend')}</h3>
      <ul>
        {[...bands.values()].map((band) => (
          <li key={`${band.color}|${band.price}`}>
            <span className="swatch" style={{ background: band.color }} aria-hidden="true" />
            <span className="legend-price">{band.price}</span>
            {band.free > 0 ? <span className="muted small">{t('seatMap.bandFree', { free: formatNumber(lang, band.free) })}</span> : null}
          </li>
        ))}
        <li>
          <span className="swatch swatch-small" style={{ background: takenColor }} aria-hidden="true" />
          <span>{t('seatMap.legendTaken')}</span>
        </li>
        <li>
          <span className="swatch swatch-picked" style={{ background: selectedColor }} aria-hidden="true" />
          <span>{t('seatMap.legendPicked')}</span>
        </li>
      </ul>
      <details>
        <summary>{t('seatMap.zoneTable', { count: loaded.model.zones.length })}</summary>
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('event.zone')}</th>
                <th scope="col" className="num">
                  {t('common.price')}
                </th>
                <th scope="col" className="num">
                  {t('event.free')}
                </th>
              </tr>
            </thead>
            <tbody>
              {loaded.model.zones.map((zone) => {
                const count = counts.get(zone.id);
                return (
                  <tr key={zone.id}>
                    <td>{zone.name}</td>
                    <td className="num">{zone.onSale && zone.priceMinor !== null ? formatMoney(lang, zone.priceMinor, currency) : t('event.notOnSale')}</td>
                    <td className="num">{count && zone.onSale ? t('seatMap.freeOf', { free: formatNumber(lang, count.free), total: formatNumber(lang, count.total) }) : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
