import { useEffect, useRef } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { LayoutCandidate } from './read-layout-file.ts';

const palette = ['#1e88e5', '#d4a017', '#43a047', '#8e24aa', '#e53935', '#00897b', '#6d4c41', '#3949ab'];
const width = 880;

/**
 * The seats of a layout drawn as they will stand, coloured by zone, before anything
 * is saved. A canvas, since a stadium has 80,000 seats; the table beside it says the
 * same in words for those who cannot see the drawing.
 */
export function LayoutPreview({ layout }: { layout: LayoutCandidate }) {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const seats = layout.seats;
  // A loop, not Math.min(...xs): spreading 80,000 arguments overflows the stack.
  let [minX, minY, maxX, maxY] = [0, 0, 0, 0];
  for (const seat of seats) {
    minX = Math.min(minX, seat.x);
    minY = Math.min(minY, seat.y);
    maxX = Math.max(maxX, seat.x);
    maxY = Math.max(maxY, seat.y);
  }
  const spanX = Math.max(1, maxX - minX + 1);
  const spanY = Math.max(1, maxY - minY + 1);
  const scale = Math.min(width / spanX, 40);
  const height = Math.min(900, Math.max(60, spanY * scale));
  const unit = Math.min(scale, height / spanY);

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.clearRect(0, 0, width, height);
    const radius = Math.max(0.8, unit * 0.38);
    for (const seat of seats) {
      const zone = layout.zones[seat.zoneIndex];
      context.fillStyle = zone?.color ?? palette[seat.zoneIndex % palette.length]!;
      context.beginPath();
      context.arc((seat.x - minX + 0.5) * unit, (seat.y - minY + 0.5) * unit, radius, 0, 2 * Math.PI);
      context.fill();
    }
  }, [seats, layout.zones, unit, height, minX, minY]);

  return (
    <figure className="layout-preview">
      <canvas ref={canvas} width={width} height={height} role="img" aria-label={t('layout.previewLabel', { seats: seats.length, zones: layout.zones.length })} style={{ maxWidth: '100%', border: '1px solid var(--color-border)' }} />
      <figcaption>
        <table className="table">
          <caption>{t('layout.zonesTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('catalogAdmin.code')}</th>
              <th scope="col">{t('catalogAdmin.name')}</th>
              <th scope="col">{t('catalogAdmin.zoneKind')}</th>
              <th scope="col" className="num">
                {t('layout.rows')}
              </th>
              <th scope="col" className="num">
                {t('catalogAdmin.places')}
              </th>
            </tr>
          </thead>
          <tbody>
            {layout.zones.map((zone, index) => (
              <tr key={`${zone.code}-${index}`}>
                <td>
                  <span aria-hidden="true" style={{ color: zone.color ?? palette[index % palette.length] }}>
                    ●{' '}
                  </span>
                  {zone.code}
                </td>
                <td>{zone.name}</td>
                <td>{zone.kind === 'general_admission' ? t('zoneKind.general_admission') : t('zoneKind.seated')}</td>
                <td className="num">{zone.kind === 'general_admission' ? '—' : zone.rows}</td>
                <td className="num">{zone.kind === 'general_admission' ? (zone.capacity ?? '—') : zone.seats}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
