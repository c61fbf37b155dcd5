import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { Button } from '../../../ui/button.tsx';
import { formErrors } from '../../../ui/error-text.ts';
import { TextField } from '../../../ui/field.tsx';
import { FormAlert, Notice } from '../../../ui/loading.tsx';
import { useSubmit } from '../shared/use-submit.ts';
import { type OrganizationView, createOrganization, updateOrganization } from './corporate-endpoints.ts';

const fields = ['name', 'taxId', 'address', 'email', 'phone'] as const;

/** An organisation's details: name, INN, address and contacts. */
export function OrganizationForm({ organization, onSaved }: { organization?: OrganizationView; onSaved: (organization: OrganizationView) => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState({
    name: organization?.name ?? '',
    taxId: organization?.taxId ?? '',
    address: organization?.address ?? '',
    email: organization?.email ?? '',
    phone: organization?.phone ?? '',
  });
  const [saved, setSaved] = useState(false);
  const submit = useSubmit();
  const errors = formErrors(t, submit.error, fields);
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const body = { ...form, email: form.email.trim() || null, phone: form.phone.trim() || null };
    const result = await submit.run(() => (organization ? updateOrganization(organization.organizationId, body) : createOrganization(body)));
    if (!result) return;
    setSaved(true);
    if (!organization) setForm({ name: '', taxId: '', address: '', email: '', phone: '' });
    onSaved(result);
  };
  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={organization ? t('corporate.editOrganization') : t('corporate.addOrganization')}>
      <FormAlert>{errors.general}</FormAlert>
      {saved ? <Notice tone="success">{t('common.saved')}</Notice> : null}
      <div className="form-row">
        <TextField name="name" label={t('corporate.organizationName')} value={form.name} onChange={set('name')} error={errors.byField.name} required />
        <TextField name="taxId" label={t('account.taxId')} inputMode="numeric" value={form.taxId} onChange={set('taxId')} error={errors.byField.taxId} hint={t('corporate.taxIdHint')} required />
      </div>
      <TextField name="address" label={t('catalog.address')} value={form.address} onChange={set('address')} error={errors.byField.address} />
      <div className="form-row">
        <TextField name="email" type="email" label={t('corporate.email')} value={form.email} onChange={set('email')} error={errors.byField.email} />
        <TextField name="phone" type="tel" label={t('corporate.phone')} value={form.phone} onChange={set('phone')} error={errors.byField.phone} />
      </div>
      <div>
        <Button type="submit" variant="primary" busy={submit.busy}>
          {organization ? t('common.save') : t('corporate.addOrganization')}
        </Button>
      </div>
    </form>
  );
}
