import { Link, useLocation, useNavigate } from 'react-router';
import type { Actor } from '../../endpoints/identity.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { LoginForm } from '../../session/login-form.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { RegisterForm } from './register-form.tsx';

/** Where to go after logging in: back where the user came from, else their account or the office. */
function useAfterLogin(): (actor: Actor) => void {
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  return (actor) => {
    const fallback = actor.kind === 'staff' ? '/office' : '/account';
    void navigate(from && from !== '/login' && from !== '/register' ? from : fallback, { replace: true });
  };
}

export function LoginPage() {
  const { t } = useI18n();
  const location = useLocation();
  usePageTitle(t('auth.loginTitle'));
  return (
    <section className="page page-narrow" aria-labelledby="login-title">
      <h1 id="login-title">{t('auth.loginTitle')}</h1>
      <LoginForm onLoggedIn={useAfterLogin()} />
      <p>
        <Link to="/password-reset">{t('passwordReset.forgot')}</Link>
      </p>
      <p>
        {t('auth.noAccount')}{' '}
        <Link to="/register" state={location.state}>
          {t('auth.toRegister')}
        </Link>
      </p>
    </section>
  );
}

export function RegisterPage() {
  const { t } = useI18n();
  const location = useLocation();
  usePageTitle(t('auth.registerTitle'));
  return (
    <section className="page page-narrow" aria-labelledby="register-title">
      <h1 id="register-title">{t('auth.registerTitle')}</h1>
      <RegisterForm onRegistered={useAfterLogin()} />
      <p>
        <Link to="/login" state={location.state}>
          {t('auth.toLogin')}
        </Link>
      </p>
    </section>
  );
}
