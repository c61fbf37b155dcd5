import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { Button } from '../../../ui/button.tsx';
import { CheckboxField } from '../../../ui/field.tsx';
import { FormAlert, Notice } from '../../../ui/loading.tsx';
import { errorMessage } from '../../../ui/error-text.ts';
import { type ServiceDetail, updateService } from '../service-endpoints.ts';
import { useSubmit } from '../shared/use-submit.ts';
import { serviceFlags } from './service-flags.ts';

/** The eight seed-002 flags, each under its seed name with what it does to ordering and price. */
export function FlagsForm({ service, onSaved }: { service: ServiceDetail; onSaved: (service: ServiceDetail) => void }) {
  const { t } = useI18n();
  const [flags, setFlags] = useState(service.flags);
  const [saved, setSaved] = useState(false);
  const submit = useSubmit();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await submit.run(() => updateService(service.id, { flags }));
    if (result) {
      setSaved(true);
      onSaved(result);
    }
  };
  return (
    <form className="panel form" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="service-flags">
      <h2 id="service-flags">{t('services.flags')}</h2>
      <p>{t('services.flagsIntro')}</p>
      <FormAlert>{submit.error ? errorMessage(t, submit.error) : null}</FormAlert>
      {saved ? <Notice tone="success">{t('common.saved')}</Notice> : null}
      <div className="flag-list">
        {serviceFlags.map((flag) => (
          <CheckboxField
            key={flag.name}
            name={flag.name}
            label={
              <>
                <code>{flag.seedName}</code> — {t(`flag.${flag.name}`)}
              </>
            }
            hint={t(`flag.${flag.name}.effect`)}
            checked={flags[flag.name]}
            onChange={(event) => setFlags({ ...flags, [flag.name]: event.target.checked })}
          />
        ))}
      </div>
      <div>
        <Button type="submit" variant="primary" busy={submit.busy}>
          {t('services.saveFlags')}
        </Button>
      </div>
    </form>
  );
}
