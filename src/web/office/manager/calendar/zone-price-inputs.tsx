import { useI18n } from '../../../i18n/i18n-context.tsx';
import { Fieldset } from '../../../ui/field.tsx';
import type { ZoneView } from '../catalog-endpoints.ts';

/** The price of each zone of a hall for one event, in roubles; a zone left empty is not on sale. A stadium has dozens, so a compact table. */
export function ZonePriceInputs(props: { zones: ZoneView[]; prices: Record<string, string>; onChange: (prices: Record<string, string>) => void; error?: string | undefined }) {
  const { t } = useI18n();
  return (
    <Fieldset legend={t('calendar.zonePrices')} hint={t('calendar.zonePricesHint')} error={props.error}>
      <div className="zone-prices">
        <table className="table">
          <tbody>
            {props.zones.map((zone) => (
              <tr key={zone.id}>
                <th scope="row">{zone.name}</th>
                <td className="num">
                  <input
                    aria-label={t('calendar.zonePrice', { zone: zone.name })}
                    name={`zonePrice-${zone.code}`}
                    inputMode="decimal"
                    size={8}
                    value={props.prices[zone.id] ?? ''}
                    onChange={(event) => props.onChange({ ...props.prices, [zone.id]: event.target.value })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Fieldset>
  );
}
