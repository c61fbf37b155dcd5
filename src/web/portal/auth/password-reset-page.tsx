import { useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { NewPasswordForm } from './new-password-form.tsx';
import { RequestResetForm } from './request-reset-form.tsx';

/**
 * `/password-reset`: without a token it asks for a link by mail; with the mailed
 * `?token=` it sets the new password.
 */
export function PasswordResetPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const token = params.get('token');
  const title = token ? t('passwordReset.confirmTitle') : t('passwordReset.requestTitle');
  usePageTitle(title);
  return (
    <section className="page page-narrow" aria-labelledby="password-reset-title">
      <h1 id="password-reset-title">{title}</h1>
      {/* Keyed by the token: another mailed link opened in this tab starts a fresh form. */}
      {token ? <NewPasswordForm key={token} token={token} /> : <RequestResetForm />}
    </section>
  );
}
