import { useEffect, useState, type FormEvent } from 'react';
import { changePassword, updateMe, type ClientProfile } from '../../endpoints/identity.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useSession } from '../../session/session-context.tsx';
import { Button } from '../../ui/button.tsx';
import { formErrors } from '../../ui/error-text.ts';
import { CheckboxField, Fieldset, SelectField, TextField } from '../../ui/field.tsx';
import { FormAlert, Loading, Notice } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';

const contactFields = ['fullName', 'phone', 'email', 'notifications', 'messenger.kind', 'messenger.chatId', 'messenger', 'locale'];

/** The client's profile: contacts, how to be told about requests and orders, the language of messages, the password. */
export function ProfilePage() {
  const { t } = useI18n();
  const session = useSession();
  const profile = session.me?.client ?? null;
  usePageTitle(t('account.profileTitle'));
  if (!profile) return <Loading />;
  return (
    <>
      <h1>{t('account.profileTitle')}</h1>
      <p className="muted">
        {t('account.clientCode', { code: profile.clientCode })} · {t('account.document', { masked: profile.document.masked })}
      </p>
      <ContactsForm profile={profile} onSaved={() => void session.reload()} />
      <PasswordForm />
    </>
  );
}

function ContactsForm({ profile, onSaved }: { profile: ClientProfile; onSaved: () => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(() => fromProfile(profile));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => setDraft(fromProfile(profile)), [profile]);
  const errors = formErrors(t, error, contactFields);
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) => {
    setSaved(false);
    setDraft({ ...draft, [key]: value });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await updateMe({
        fullName: draft.fullName,
        phone: draft.phone,
        email: draft.email,
        notifications: { email: draft.byEmail, sms: draft.bySms, messenger: draft.byMessenger, news: draft.news },
        messenger: draft.chatId.trim() ? { kind: draft.messengerKind, chatId: draft.chatId } : null,
        locale: draft.locale,
      });
      setSaved(true);
      onSaved();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('account.profileTitle')}>
      <FormAlert>{errors.general}</FormAlert>
      {saved ? <Notice tone="success">{t('common.saved')}</Notice> : null}
      <TextField name="fullName" label={t('auth.fullName')} autoComplete="name" value={draft.fullName} onChange={(e) => set('fullName', e.target.value)} error={errors.byField.fullName} required />
      <div className="form-row">
        <TextField name="phone" type="tel" label={t('auth.phone')} autoComplete="tel" value={draft.phone} onChange={(e) => set('phone', e.target.value)} error={errors.byField.phone} required />
        <TextField name="email" type="email" label={t('auth.email')} autoComplete="email" value={draft.email} onChange={(e) => set('email', e.target.value)} error={errors.byField.email} />
      </div>
      <Fieldset legend={t('account.contactPrefs')} error={errors.byField.notifications}>
        <CheckboxField name="byEmail" label={t('auth.channel.email')} checked={draft.byEmail} onChange={(e) => set('byEmail', e.target.checked)} />
        <CheckboxField name="bySms" label={t('auth.channel.sms')} checked={draft.bySms} onChange={(e) => set('bySms', e.target.checked)} />
        <CheckboxField name="byMessenger" label={t('auth.channel.messenger')} checked={draft.byMessenger} onChange={(e) => set('byMessenger', e.target.checked)} />
        <CheckboxField name="news" label={t('auth.news')} checked={draft.news} onChange={(e) => set('news', e.target.checked)} />
      </Fieldset>
      <Fieldset legend={t('auth.messengerKind')} error={errors.byField.messenger}>
        <div className="form-row">
          <SelectField name="messengerKind" label={t('auth.messengerKind')} value={draft.messengerKind} onChange={(e) => set('messengerKind', e.target.value as 'telegram' | 'vkteams')} error={errors.byField['messenger.kind']}>
            <option value="telegram">{t('auth.messenger.telegram')}</option>
            <option value="vkteams">{t('auth.messenger.vkteams')}</option>
          </SelectField>
          <TextField name="chatId" label={t('auth.messengerChatId')} hint={t('auth.messengerChatIdHint')} value={draft.chatId} onChange={(e) => set('chatId', e.target.value)} error={errors.byField['messenger.chatId']} />
        </div>
      </Fieldset>
      <SelectField name="locale" label={t('auth.locale')} value={draft.locale} onChange={(e) => set('locale', e.target.value as 'ru' | 'en')} error={errors.byField.locale}>
        <option value="ru" lang="ru">
          Русский
        </option>
        <option value="en" lang="en">
          English
        </option>
      </SelectField>
      <Button type="submit" variant="primary" busy={busy} busyLabel={t('common.saving')}>
        {t('common.save')}
      </Button>
    </form>
  );
}

function fromProfile(profile: ClientProfile) {
  return {
    fullName: profile.fullName,
    phone: profile.phone,
    email: profile.email ?? '',
    byEmail: profile.notifications.email,
    bySms: profile.notifications.sms,
    byMessenger: profile.notifications.messenger,
    news: profile.notifications.news,
    messengerKind: profile.messenger?.kind ?? ('telegram' as const),
    chatId: profile.messenger?.chatId ?? '',
    locale: profile.locale,
  };
}

function PasswordForm() {
  const { t } = useI18n();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const errors = formErrors(t, error, ['currentPassword', 'newPassword']);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await changePassword(currentPassword, newPassword);
      setCurrent('');
      setNew('');
      setDone(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="password-title">
      <h2 id="password-title">{t('account.passwordTitle')}</h2>
      <FormAlert>{errors.general}</FormAlert>
      {done ? <Notice tone="success">{t('account.passwordChanged')}</Notice> : null}
      <TextField name="currentPassword" type="password" autoComplete="current-password" label={t('account.currentPassword')} value={currentPassword} onChange={(e) => setCurrent(e.target.value)} error={errors.byField.currentPassword} required />
      <TextField name="newPassword" type="password" autoComplete="new-password" label={t('account.newPassword')} hint={t('auth.passwordHint')} value={newPassword} onChange={(e) => setNew(e.target.value)} error={errors.byField.newPassword} required />
      <Button type="submit" busy={busy} busyLabel={t('common.saving')}>
        {t('account.passwordTitle')}
      </Button>
    </form>
  );
}
