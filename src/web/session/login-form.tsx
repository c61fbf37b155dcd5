import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { Button } from '../ui/button.tsx';
import { formErrors } from '../ui/error-text.ts';
import { TextField } from '../ui/field.tsx';
import { FormAlert } from '../ui/loading.tsx';
import type { Actor } from '../endpoints/identity.ts';
import { useSession } from './session-context.tsx';

/** Log in by client code or email (clients) or staff login, with the password. */
export function LoginForm({ onLoggedIn, staff = false, idPrefix = 'login' }: { onLoggedIn?: (actor: Actor) => void; staff?: boolean; idPrefix?: string }) {
  const { t } = useI18n();
  const session = useSession();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errors = formErrors(t, error, ['login', 'password']);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const actor = await session.logIn(login, password);
      onLoggedIn?.(actor);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('auth.loginTitle')}>
      <FormAlert>{errors.general}</FormAlert>
      <TextField
        id={`${idPrefix}-login`}
        name="login"
        label={staff ? t('auth.staffLogin') : t('auth.login')}
        autoComplete="username"
        value={login}
        onChange={(event) => setLogin(event.target.value)}
        error={errors.byField.login}
        required
      />
      <TextField
        id={`${idPrefix}-password`}
        name="password"
        type="password"
        label={t('auth.password')}
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.byField.password}
        required
      />
      <Button type="submit" variant="primary" busy={busy} busyLabel={t('auth.loggingIn')}>
        {t('auth.submitLogin')}
      </Button>
    </form>
  );
}
