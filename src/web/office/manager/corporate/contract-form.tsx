import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { wallDateOf } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { Button } from '../../../ui/button.tsx';
import { formErrors } from '../../../ui/error-text.ts';
import { SelectField, TextField } from '../../../ui/field.tsx';
import { FormAlert, Notice } from '../../../ui/loading.tsx';
import { parseRoubles, roublesText } from '../shared/money-input.ts';
import { useSubmit } from '../shared/use-submit.ts';
import { wallToInstant } from '../shared/wall-time.ts';
import { type ContractView, createContract, updateContract } from './corporate-endpoints.ts';

const statuses = ['draft', 'active', 'suspended', 'closed'] as const;
const fields = ['number', 'status', 'validFrom', 'validTo', 'creditLimitMinor'] as const;
// Contracts run from the start of their first day to the end of their last, in Moscow.
const timeZone = 'Europe/Moscow';

/** A contract's terms: number, status, validity and credit limit; a new one opens its own page for the special prices. */
export function ContractForm({ organizationId, contract, onSaved }: { organizationId: string; contract?: ContractView; onSaved: (contract: ContractView) => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form, setForm] = useState({
    number: contract?.number ?? '',
    status: contract?.status ?? 'draft',
    validFrom: contract ? wallDateOf(contract.validFrom, timeZone) : '',
    validTo: contract?.validTo ? wallDateOf(contract.validTo, timeZone) : '',
    credit: contract ? roublesText(contract.creditLimitMinor) : '0',
  });
  const [creditError, setCreditError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const submit = useSubmit();
  const errors = formErrors(t, submit.error, fields);
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const creditLimitMinor = parseRoubles(form.credit);
    setCreditError(creditLimitMinor === null ? t('catalogAdmin.priceInvalid') : undefined);
    if (creditLimitMinor === null) return;
    const validFrom = wallToInstant(form.validFrom, timeZone) ?? form.validFrom;
    const validTo = form.validTo ? (wallToInstant(`${form.validTo}T23:59`, timeZone) ?? form.validTo) : null;
    const status = form.status as ContractView['status'];
    const result = await submit.run(() =>
      contract
        ? updateContract(contract.contractId, { number: form.number, status, validFrom, validTo, creditLimitMinor })
        : createContract(organizationId, { number: form.number, status: status === 'active' ? 'active' : 'draft', validFrom, validTo, creditLimitMinor }),
    );
    if (!result) return;
    setSaved(true);
    onSaved(result);
    if (!contract) void navigate(`/office/corporate/contracts/${result.contractId}`);
  };
  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={contract ? t('corporate.contractTerms') : t('corporate.addContract')}>
      <FormAlert>{errors.general}</FormAlert>
      {saved ? <Notice tone="success">{t('common.saved')}</Notice> : null}
      <div className="form-row">
        <TextField name="number" label={t('corporate.number')} value={form.number} onChange={set('number')} error={errors.byField.number} required />
        <SelectField name="status" label={t('common.status')} value={form.status} onChange={set('status')} error={errors.byField.status}>
          {(contract ? statuses : statuses.slice(0, 2)).map((status) => (
            <option key={status} value={status}>
              {t(`account.contractStatus.${status}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form-row">
        <TextField name="validFrom" type="date" label={t('corporate.validFrom')} value={form.validFrom} onChange={set('validFrom')} error={errors.byField.validFrom} required />
        <TextField name="validTo" type="date" label={t('corporate.validTo')} hint={t('corporate.validToHint')} value={form.validTo} onChange={set('validTo')} error={errors.byField.validTo} />
        <TextField name="credit" inputMode="decimal" label={t('corporate.creditLimitRub')} value={form.credit} onChange={set('credit')} error={creditError ?? errors.byField.creditLimitMinor} />
      </div>
      <div>
        <Button type="submit" variant="primary" busy={submit.busy}>
          {contract ? t('common.save') : t('corporate.addContract')}
        </Button>
      </div>
    </form>
  );
}
