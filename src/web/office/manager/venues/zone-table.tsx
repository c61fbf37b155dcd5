import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { Button } from '../../../ui/button.tsx';
import { type ZoneView, updateZone } from '../catalog-endpoints.ts';
import { inlineError, useSubmit } from '../shared/use-submit.ts';

/** The zones of a hall; a zone's name, coefficient and capacity are changed in place. */
export function ZoneTable({ zones, onChanged }: { zones: ZoneView[]; onChanged: () => void }) {
  const { t } = useI18n();
  if (zones.length === 0) return <p>{t('catalogAdmin.noZones')}</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption>{t('catalogAdmin.zones')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('catalogAdmin.code')}</th>
            <th scope="col">{t('catalogAdmin.name')}</th>
            <th scope="col">{t('catalogAdmin.zoneKind')}</th>
            <th scope="col">{t('catalogAdmin.coefficient')}</th>
            <th scope="col" className="num">
              {t('catalogAdmin.places')}
            </th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {zones.map((zone) => (
            <ZoneRow key={zone.id} zone={zone} onChanged={onChanged} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ZoneRow({ zone, onChanged }: { zone: ZoneView; onChanged: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState(zone.name);
  const [coefficient, setCoefficient] = useState(String(Number(zone.coefficient)));
  const [capacity, setCapacity] = useState(String(zone.capacity ?? ''));
  const submit = useSubmit();
  const changed = name !== zone.name || coefficient !== String(Number(zone.coefficient)) || capacity !== String(zone.capacity ?? '');
  const save = async () => {
    const body = { name, coefficient, ...(zone.kind === 'general_admission' ? { capacity: Number(capacity) } : {}) };
    if (await submit.run(() => updateZone(zone.id, body))) onChanged();
  };
  return (
    <tr>
      <td>
        <span className="badge" style={zone.color ? { borderColor: zone.color } : undefined}>
          {zone.code}
        </span>
      </td>
      <td>
        <input aria-label={t('catalogAdmin.zoneName', { code: zone.code })} value={name} onChange={(event) => setName(event.target.value)} />
      </td>
      <td>{t(`zoneKind.${zone.kind}`)}</td>
      <td>
        <input aria-label={t('catalogAdmin.zoneCoefficient', { code: zone.code })} value={coefficient} inputMode="decimal" size={7} onChange={(event) => setCoefficient(event.target.value)} />
      </td>
      <td className="num">
        {zone.kind === 'seated' ? (
          zone.seatCount
        ) : (
          <input aria-label={t('catalogAdmin.zoneCapacity', { code: zone.code })} type="number" min={1} value={capacity} size={7} onChange={(event) => setCapacity(event.target.value)} />
        )}
      </td>
      <td>
        <Button onClick={() => void save()} disabled={!changed} busy={submit.busy}>
          {t('common.save')}
        </Button>
        {submit.error ? (
          <p className="field-error" role="alert">
            {inlineError(t, submit.error)}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
