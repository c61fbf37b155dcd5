import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { LoginForm } from '../../session/login-form.tsx';
import { RegisterForm } from '../auth/register-form.tsx';

/** Log in or register without leaving the basket (seed 001: registration happens when booking). */
export function InlineAuth() {
  const { t } = useI18n();
  const [mode, setMode] = useState<'login' | 'register'>('register');
  return (
    <div className="inline-auth">
      <p>{t('auth.loginOrRegister')}</p>
      <div className="segmented" role="group" aria-label={t('auth.loginOrRegister')}>
        <button type="button" aria-pressed={mode === 'login'} onClick={() => setMode('login')}>
          {t('auth.haveAccount')}
        </button>
        <button type="button" aria-pressed={mode === 'register'} onClick={() => setMode('register')}>
          {t('auth.newClient')}
        </button>
      </div>
      {mode === 'login' ? <LoginForm idPrefix="basket-login" /> : <RegisterForm idPrefix="basket-register" />}
    </div>
  );
}
