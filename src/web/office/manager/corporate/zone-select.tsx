import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useResource } from '../../../ui/use-resource.ts';
import { loadEventZones } from './price-targets.ts';

/** One zone of an event for a special price, or any zone. */
export function ZoneSelect({ eventId, value, row, onChange }: { eventId: string; value: string; row: number; onChange: (zoneId: string) => void }) {
  const { t } = useI18n();
  const zones = useResource(() => loadEventZones(eventId), [eventId]);
  return (
    <select aria-label={t('corporate.rowZone', { row })} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{t('corporate.anyZone')}</option>
      {(zones.data ?? []).map((zone) => (
        <option key={zone.id} value={zone.id}>
          {zone.name}
        </option>
      ))}
    </select>
  );
}
