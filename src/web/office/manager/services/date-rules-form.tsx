import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { Button } from '../../../ui/button.tsx';
import { formErrors } from '../../../ui/error-text.ts';
import { Fieldset, TextField } from '../../../ui/field.tsx';
import { FormAlert, Notice } from '../../../ui/loading.tsx';
import { type ServiceDetail, updateService } from '../service-endpoints.ts';
import { useSubmit } from '../shared/use-submit.ts';
import { instantToWall, wallToInstant } from '../shared/wall-time.ts';
import { activeKinds } from './service-flags.ts';

const fields = ['dateRules.activeKindId', 'dateRules.activeDays', 'dateRules.dtBegin', 'dateRules.dtEnd'] as const;

/** When a service may be used (seed 002's ActiveKindId): days from payment, days from the first visit, or a fixed period. */
export function DateRulesForm({ service, timeZone, onSaved }: { service: ServiceDetail; timeZone: string; onSaved: (service: ServiceDetail) => void }) {
  const { t } = useI18n();
  const rules = service.dateRules;
  const [kind, setKind] = useState<1 | 2 | 3>(rules.activeKindId);
  const [days, setDays] = useState(String(rules.activeDays ?? ''));
  const [begin, setBegin] = useState(rules.dtBegin ? instantToWall(rules.dtBegin, timeZone) : '');
  const [end, setEnd] = useState(rules.dtEnd ? instantToWall(rules.dtEnd, timeZone) : '');
  const [saved, setSaved] = useState(false);
  const submit = useSubmit();
  const errors = formErrors(t, submit.error, fields);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const dateRules = {
      activeKindId: kind,
      activeDays: days.trim() ? Number(days) : null,
      dtBegin: begin ? wallToInstant(begin, timeZone) : null,
      dtEnd: end ? wallToInstant(end, timeZone) : null,
    };
    const result = await submit.run(() => updateService(service.id, { dateRules }));
    if (result) {
      setSaved(true);
      onSaved(result);
    }
  };
  return (
    <form className="panel form" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="service-dates">
      <h2 id="service-dates">{t('services.dateRules')}</h2>
      <FormAlert>{errors.general}</FormAlert>
      {saved ? <Notice tone="success">{t('common.saved')}</Notice> : null}
      <Fieldset legend={t('services.activeKind')} error={errors.byField['dateRules.activeKindId']}>
        {activeKinds.map((value) => (
          <div key={value} className="field field-check">
            <input id={`active-kind-${value}`} type="radio" name="activeKindId" checked={kind === value} onChange={() => setKind(value)} />
            <label htmlFor={`active-kind-${value}`}>
              <code>ActiveKindId = {value}</code> — {t(`services.activeKind.${value}`)}
            </label>
          </div>
        ))}
      </Fieldset>
      <div className="form-row">
        <TextField name="activeDays" type="number" min={1} label={t('services.activeDays')} hint={t('services.activeDaysHint')} value={days} onChange={(event) => setDays(event.target.value)} error={errors.byField['dateRules.activeDays']} />
        <TextField name="dtBegin" type="datetime-local" label={t('services.dtBegin', { zone: timeZone })} value={begin} onChange={(event) => setBegin(event.target.value)} error={errors.byField['dateRules.dtBegin']} />
        <TextField name="dtEnd" type="datetime-local" label={t('services.dtEnd', { zone: timeZone })} value={end} onChange={(event) => setEnd(event.target.value)} error={errors.byField['dateRules.dtEnd']} />
      </div>
      <div>
        <Button type="submit" variant="primary" busy={submit.busy}>
          {t('services.saveDateRules')}
        </Button>
      </div>
    </form>
  );
}
