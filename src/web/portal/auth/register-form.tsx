import { useState, type FormEvent } from 'react';
import type { Actor, RegisterInput } from '../../endpoints/identity.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useSession } from '../../session/session-context.tsx';
import { Button } from '../../ui/button.tsx';
import { formErrors } from '../../ui/error-text.ts';
import { CheckboxField, Fieldset, SelectField, TextField } from '../../ui/field.tsx';
import { FormAlert } from '../../ui/loading.tsx';

const documentTypes = ['passport_ru', 'passport_foreign', 'birth_certificate', 'other'] as const;
const fields = ['fullName', 'phone', 'email', 'document.type', 'document.series', 'document.number', 'document', 'clientCode', 'password', 'personalDataConsent', 'messenger.kind', 'messenger.chatId', 'messenger', 'notifications', 'locale'];

interface Draft {
  fullName: string;
  phone: string;
  email: string;
  documentType: (typeof documentTypes)[number];
  documentSeries: string;
  documentNumber: string;
  clientCode: string;
  password: string;
  consent: boolean;
  byEmail: boolean;
  bySms: boolean;
  byMessenger: boolean;
  news: boolean;
  messengerKind: 'telegram' | 'vkteams';
  chatId: string;
}

const emptyDraft: Draft = {
  fullName: '', phone: '', email: '', documentType: 'passport_ru', documentSeries: '', documentNumber: '', clientCode: '', password: '',
  consent: false, byEmail: true, bySms: false, byMessenger: false, news: false, messengerKind: 'telegram', chatId: '',
};

/** Seed 001's registration: every field the client gives, each with its own error. */
export function RegisterForm({ onRegistered, idPrefix = 'register' }: { onRegistered?: (actor: Actor) => void; idPrefix?: string }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errors = formErrors(t, error, fields);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const id = (name: string) => `${idPrefix}-${name}`;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const body: RegisterInput = {
      fullName: draft.fullName,
      phone: draft.phone,
      email: draft.email,
      document: { type: draft.documentType, series: draft.documentSeries, number: draft.documentNumber },
      clientCode: draft.clientCode,
      password: draft.password,
      // Sent as given: the server names the consent field when it is missing.
      personalDataConsent: draft.consent as true,
      notifications: { email: draft.byEmail, sms: draft.bySms, messenger: draft.byMessenger, news: draft.news },
      messenger: draft.byMessenger ? { kind: draft.messengerKind, chatId: draft.chatId } : null,
      locale: lang,
    };
    try {
      const actor = await session.register(body);
      onRegistered?.(actor);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('auth.registerTitle')}>
      <FormAlert>{errors.general}</FormAlert>
      <TextField id={id('fullName')} name="fullName" label={t('auth.fullName')} hint={t('auth.fullNameHint')} autoComplete="name" value={draft.fullName} onChange={(e) => set('fullName', e.target.value)} error={errors.byField.fullName} required />
      <div className="form-row">
        <TextField id={id('phone')} name="phone" type="tel" label={t('auth.phone')} hint={t('auth.phoneHint')} autoComplete="tel" value={draft.phone} onChange={(e) => set('phone', e.target.value)} error={errors.byField.phone} required />
        <TextField id={id('email')} name="email" type="email" label={t('auth.email')} autoComplete="email" value={draft.email} onChange={(e) => set('email', e.target.value)} error={errors.byField.email} required />
      </div>
      <Fieldset legend={t('auth.documentType')} error={errors.byField.document}>
        <SelectField id={id('documentType')} name="documentType" label={t('auth.documentKind')} value={draft.documentType} onChange={(e) => set('documentType', e.target.value as Draft['documentType'])} error={errors.byField['document.type']}>
          {documentTypes.map((type) => (
            <option key={type} value={type}>
              {t(`auth.document.${type}`)}
            </option>
          ))}
        </SelectField>
        <div className="form-row">
          <TextField id={id('documentSeries')} name="documentSeries" label={t('auth.documentSeries')} value={draft.documentSeries} onChange={(e) => set('documentSeries', e.target.value)} error={errors.byField['document.series']} autoComplete="off" />
          <TextField id={id('documentNumber')} name="documentNumber" label={t('auth.documentNumber')} value={draft.documentNumber} onChange={(e) => set('documentNumber', e.target.value)} error={errors.byField['document.number']} autoComplete="off" required />
        </div>
      </Fieldset>
      <div className="form-row">
        <TextField id={id('clientCode')} name="clientCode" label={t('auth.clientCode')} hint={t('auth.clientCodeHint')} autoComplete="username" value={draft.clientCode} onChange={(e) => set('clientCode', e.target.value)} error={errors.byField.clientCode} required />
        <TextField id={id('password')} name="password" type="password" label={t('auth.password')} hint={t('auth.passwordHint')} autoComplete="new-password" value={draft.password} onChange={(e) => set('password', e.target.value)} error={errors.byField.password} required />
      </div>
      <Fieldset legend={t('auth.notifyBy')} error={errors.byField.notifications ?? errors.byField.messenger}>
        <CheckboxField id={id('byEmail')} name="byEmail" label={t('auth.channel.email')} checked={draft.byEmail} onChange={(e) => set('byEmail', e.target.checked)} />
        <CheckboxField id={id('bySms')} name="bySms" label={t('auth.channel.sms')} checked={draft.bySms} onChange={(e) => set('bySms', e.target.checked)} />
        <CheckboxField id={id('byMessenger')} name="byMessenger" label={t('auth.channel.messenger')} checked={draft.byMessenger} onChange={(e) => set('byMessenger', e.target.checked)} />
        {draft.byMessenger ? (
          <div className="form-row">
            <SelectField id={id('messengerKind')} name="messengerKind" label={t('auth.messengerKind')} value={draft.messengerKind} onChange={(e) => set('messengerKind', e.target.value as Draft['messengerKind'])} error={errors.byField['messenger.kind']}>
              <option value="telegram">{t('auth.messenger.telegram')}</option>
              <option value="vkteams">{t('auth.messenger.vkteams')}</option>
            </SelectField>
            <TextField id={id('chatId')} name="chatId" label={t('auth.messengerChatId')} hint={t('auth.messengerChatIdHint')} value={draft.chatId} onChange={(e) => set('chatId', e.target.value)} error={errors.byField['messenger.chatId']} required />
          </div>
        ) : null}
        <CheckboxField id={id('news')} name="news" label={t('auth.news')} checked={draft.news} onChange={(e) => set('news', e.target.checked)} />
      </Fieldset>
      <CheckboxField id={id('consent')} name="personalDataConsent" label={t('auth.consent')} checked={draft.consent} onChange={(e) => set('consent', e.target.checked)} error={errors.byField.personalDataConsent} />
      <Button type="submit" variant="primary" busy={busy} busyLabel={t('auth.registering')}>
        {t('auth.submitRegister')}
      </Button>
    </form>
  );
}
