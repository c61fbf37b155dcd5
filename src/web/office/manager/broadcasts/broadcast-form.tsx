import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { Button } from '../../../ui/button.tsx';
import { formErrors } from '../../../ui/error-text.ts';
import { Fieldset, SelectField, TextField } from '../../../ui/field.tsx';
import { FormAlert } from '../../../ui/loading.tsx';
import { useResource } from '../../../ui/use-resource.ts';
import { useSubmit } from '../shared/use-submit.ts';
import { listOrganizations } from '../corporate/corporate-endpoints.ts';
import { type CreateBroadcastBody, createBroadcast } from './broadcast-endpoints.ts';

const topics = ['news', 'schedule', 'sales_start', 'price_changes'] as const;
const fields = ['topic', 'subject.ru', 'subject.en', 'body.ru', 'body.en', 'audience'] as const;

/** A new broadcast in both languages (each client reads it in theirs), for a topic and an audience; saved as a draft. */
export function BroadcastForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const organizations = useResource(() => listOrganizations(), []);
  const [topic, setTopic] = useState<(typeof topics)[number]>('news');
  const [audience, setAudience] = useState('all');
  const [organizationId, setOrganizationId] = useState('');
  const [text, setText] = useState({ subjectRu: '', subjectEn: '', bodyRu: '', bodyEn: '' });
  const submit = useSubmit();
  const errors = formErrors(t, submit.error, fields);
  const set = (name: keyof typeof text) => (event: { target: { value: string } }) => setText({ ...text, [name]: event.target.value });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen: CreateBroadcastBody['audience'] =
      audience === 'corporate' ? { kind: 'corporate', ...(organizationId ? { organizationId } : {}) } : audience === 'individuals' ? { kind: 'individuals' } : { kind: 'all' };
    const body = { topic, audience: chosen, subject: { ru: text.subjectRu, en: text.subjectEn }, body: { ru: text.bodyRu, en: text.bodyEn } };
    const created = await submit.run(() => createBroadcast(body));
    if (created) void navigate(`/office/broadcasts/${created.id}`);
  };

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('broadcasts.new')}>
      <FormAlert>{errors.general}</FormAlert>
      <div className="form-row">
        <SelectField name="topic" label={t('broadcasts.topic')} hint={t('broadcasts.topicHint')} value={topic} onChange={(event) => setTopic(event.target.value as typeof topic)} error={errors.byField.topic}>
          {topics.map((value) => (
            <option key={value} value={value}>
              {t(`account.topic.${value}`)}
            </option>
          ))}
        </SelectField>
        <SelectField name="audience" label={t('broadcasts.audience')} value={audience} onChange={(event) => setAudience(event.target.value)} error={errors.byField.audience}>
          <option value="all">{t('broadcasts.audience.all')}</option>
          <option value="individuals">{t('broadcasts.audience.individuals')}</option>
          <option value="corporate">{t('broadcasts.audience.corporate')}</option>
        </SelectField>
        {audience === 'corporate' ? (
          <SelectField name="organizationId" label={t('corporate.organization')} value={organizationId} onChange={(event) => setOrganizationId(event.target.value)}>
            <option value="">{t('broadcasts.everyOrganization')}</option>
            {(organizations.data?.items ?? []).map((organization) => (
              <option key={organization.organizationId} value={organization.organizationId}>
                {organization.name}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      <Fieldset legend={t('broadcasts.inRussian')}>
        <TextField name="subjectRu" lang="ru" label={t('broadcasts.subjectRu')} value={text.subjectRu} onChange={set('subjectRu')} error={errors.byField['subject.ru']} required />
        <TextArea id="broadcast-body-ru" lang="ru" label={t('broadcasts.bodyRu')} value={text.bodyRu} onChange={(value) => setText({ ...text, bodyRu: value })} error={errors.byField['body.ru']} />
      </Fieldset>
      <Fieldset legend={t('broadcasts.inEnglish')}>
        <TextField name="subjectEn" lang="en" label={t('broadcasts.subjectEn')} value={text.subjectEn} onChange={set('subjectEn')} error={errors.byField['subject.en']} required />
        <TextArea id="broadcast-body-en" lang="en" label={t('broadcasts.bodyEn')} value={text.bodyEn} onChange={(value) => setText({ ...text, bodyEn: value })} error={errors.byField['body.en']} />
      </Fieldset>
      <div>
        <Button type="submit" variant="primary" busy={submit.busy}>
          {t('broadcasts.saveDraft')}
        </Button>
      </div>
    </form>
  );
}

function TextArea({ id, lang, label, value, onChange, error }: { id: string; lang: string; label: string; value: string; onChange: (value: string) => void; error?: string | undefined }) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        <span className="required-mark" aria-hidden="true"> *</span>
      </label>
      <textarea id={id} lang={lang} rows={6} required value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
