import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { requestPasswordReset } from '../../endpoints/identity.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { formErrors } from '../../ui/error-text.ts';
import { TextField } from '../../ui/field.tsx';
import { FormAlert, Notice } from '../../ui/loading.tsx';

/** Asks for a reset link by mail; the answer is the same whether or not the login exists. */
export function RequestResetForm() {
  const { t } = useI18n();
  const [login, setLogin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const errors = formErrors(t, error, ['login']);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await requestPasswordReset({ login });
      setSent(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (sent) {
    return (
      <>
        <Notice tone="success">{t('passwordReset.sent')}</Notice>
        <p>
          <Link to="/login">{t('passwordReset.toLogin')}</Link>
        </p>
      </>
    );
  }
  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('passwordReset.requestTitle')}>
      <p>{t('passwordReset.requestIntro')}</p>
      <FormAlert>{errors.general}</FormAlert>
      <TextField
        id="password-reset-login"
        name="login"
        label={t('passwordReset.login')}
        autoComplete="username"
        value={login}
        onChange={(event) => setLogin(event.target.value)}
        error={errors.byField.login}
        required
      />
      <Button type="submit" variant="primary" busy={busy} busyLabel={t('passwordReset.sending')}>
        {t('passwordReset.sendLink')}
      </Button>
    </form>
  );
}
