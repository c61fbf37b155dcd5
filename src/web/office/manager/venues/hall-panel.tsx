import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { HallTypeView, HallView } from '../catalog-endpoints.ts';
import { HallForm } from './hall-form.tsx';
import { ZoneForm } from './zone-form.tsx';
import { ZoneTable } from './zone-table.tsx';

/** A hall: its hall types, its zones (with coefficients), and the way to its seat-map import. */
export function HallPanel({ hall, hallTypes, onChanged }: { hall: HallView; hallTypes: HallTypeView[]; onChanged: () => void }) {
  const { t } = useI18n();
  const seats = hall.zones.reduce((sum, zone) => sum + (zone.kind === 'seated' ? zone.seatCount : (zone.capacity ?? 0)), 0);
  return (
    <article className="panel" aria-labelledby={`hall-${hall.id}`}>
      <h3 id={`hall-${hall.id}`}>{hall.name}</h3>
      <p>
        {t('catalogAdmin.hallSummary', { zones: hall.zones.length, places: seats })}
        {hall.hallTypes.length > 0 ? ` · ${hall.hallTypes.map((type) => `${type.name} ×${Number(type.coefficient)}`).join(', ')}` : ''}
      </p>
      <p>
        <Link to={`/office/catalog/halls/${hall.id}/layout?venue=${hall.venueId}`}>{t('layout.open')}</Link>
        {' · '}
        <Link to={`/office/catalog/calendar?venue=${hall.venueId}&hall=${hall.id}`}>{t('calendar.title')}</Link>
      </p>
      <ZoneTable zones={hall.zones} onChanged={onChanged} />
      <details>
        <summary>{t('catalogAdmin.addZone')}</summary>
        <ZoneForm hallId={hall.id} onSaved={onChanged} />
      </details>
      <details>
        <summary>{t('catalogAdmin.editHall', { hall: hall.name })}</summary>
        <HallForm venueId={hall.venueId} hall={hall} hallTypes={hallTypes} onSaved={onChanged} />
      </details>
    </article>
  );
}
