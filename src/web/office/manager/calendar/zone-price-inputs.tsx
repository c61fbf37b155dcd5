import { useI18n } from '../../../i18n/i18n-context.tsx';
import { Fieldset, TextField } from '../../../ui/field.tsx';
import type { ZoneView } from '../catalog-endpoints.ts';

/** The price of each zone of a hall for one event, in roubles; a zone left empty is not on sale. */
export function ZonePriceInputs(props: { zones: ZoneView[]; prices: Record<string, string>; onChange: (prices: Record<string, string>) => void; error?: string | undefined }) {
  const { t } = useI18n();
  return (
    <Fieldset legend={t('calendar.zonePrices')} hint={t('calendar.zonePricesHint')} error={props.error}>
      {props.zones.map((zone) => (
        <TextField
          key={zone.id}
          name={`zonePrice-${zone.code}`}
          label={t('calendar.zonePrice', { zone: zone.name })}
          inputMode="decimal"
          value={props.prices[zone.id] ?? ''}
          onChange={(event) => props.onChange({ ...props.prices, [zone.id]: event.target.value })}
        />
      ))}
    </Fieldset>
  );
}
