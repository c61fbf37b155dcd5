import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api.ts';
import { confirmPasswordReset } from '../../endpoints/identity.ts';
import { useI18n, type Translate } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { formErrors } from '../../ui/error-text.ts';
import { TextField } from '../../ui/field.tsx';
import { FormAlert, Notice } from '../../ui/loading.tsx';

const minLength = 10; // as the server's contract: passwordResetConfirmBody
const maxLength = 128;

/** What the server would refuse anyway, said before asking it. */
function draftErrors(t: Translate, password: string, repeat: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (password.length < minLength) errors.password = t('fieldError.password');
  else if (password !== repeat) errors.repeat = t('passwordReset.mismatch');
  return errors;
}

// The token is wrong, used or expired: the server names it, nothing typed can fix it.
const tokenRefused = (error: unknown) =>
  isApiError(error) && (error.code === 'reset_token_invalid' || error.fieldErrors().some(({ field }) => field === 'token'));

/** Sets a new password with the token of a mailed link. */
export function NewPasswordForm({ token }: { token: string }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [checked, setChecked] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const server = formErrors(t, error, ['password']);
  const byField = { ...server.byField, ...checked };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = draftErrors(t, password, repeat);
    setChecked(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await confirmPasswordReset({ token, password });
      setDone(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <>
        <Notice tone="success">{t('passwordReset.done')}</Notice>
        <p>
          <Link to="/login">{t('passwordReset.toLogin')}</Link>
        </p>
      </>
    );
  }
  if (tokenRefused(error)) {
    return (
      <>
        <FormAlert>{t('passwordReset.expired')}</FormAlert>
        <p>
          <Link to="/password-reset">{t('passwordReset.askAgain')}</Link>
        </p>
      </>
    );
  }
  const general = Object.keys(checked).length > 0 ? t('common.fieldErrors') : server.general;
  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('passwordReset.confirmTitle')}>
      <FormAlert>{general}</FormAlert>
      <TextField id="password-reset-password" name="password" type="password" autoComplete="new-password" maxLength={maxLength} label={t('passwordReset.password')} hint={t('auth.passwordHint')} value={password} onChange={(event) => setPassword(event.target.value)} error={byField.password} required />
      <TextField id="password-reset-repeat" name="repeat" type="password" autoComplete="new-password" maxLength={maxLength} label={t('passwordReset.repeat')} value={repeat} onChange={(event) => setRepeat(event.target.value)} error={byField.repeat} required />
      <Button type="submit" variant="primary" busy={busy} busyLabel={t('passwordReset.saving')}>
        {t('passwordReset.save')}
      </Button>
    </form>
  );
}
