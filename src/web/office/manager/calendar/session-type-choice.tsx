import { useI18n } from '../../../i18n/i18n-context.tsx';
import { CheckboxField, Fieldset } from '../../../ui/field.tsx';
import type { SessionTypeView } from '../catalog-endpoints.ts';
import { sessionTypeLimits } from '../films/session-type-limits.ts';

/** The session types of a session, each with its limits, so the manager sees which rule a film meets. */
export function SessionTypeChoice(props: { types: SessionTypeView[]; chosen: string[]; onChange: (ids: string[]) => void; error?: string | undefined; serverSays?: string | undefined }) {
  const { t } = useI18n();
  const toggle = (id: string, on: boolean) => props.onChange(on ? [...props.chosen, id] : props.chosen.filter((value) => value !== id));
  return (
    <Fieldset legend={t('calendar.sessionTypes')} error={props.error} hint={props.serverSays}>
      {props.types.length === 0 ? <p>{t('calendar.noSessionTypes')}</p> : null}
      {props.types.map((type) => (
        <CheckboxField
          key={type.id}
          name={`sessionType-${type.code}`}
          label={`${type.name} (×${Number(type.coefficient)})`}
          hint={sessionTypeLimits(t, type)}
          checked={props.chosen.includes(type.id)}
          onChange={(event) => toggle(type.id, event.target.checked)}
        />
      ))}
    </Fieldset>
  );
}
