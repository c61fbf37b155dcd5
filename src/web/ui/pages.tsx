import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n-context.tsx';
import { usePageTitle } from './page-title.ts';

/** No such page: say so, and offer ways on. */
export function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('notFound.title'));
  return (
    <section className="page page-narrow" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <ul className="link-list">
        <li>
          <Link to="/">{t('notFound.home')}</Link>
        </li>
        <li>
          <Link to="/schedule">{t('notFound.schedule')}</Link>
        </li>
      </ul>
    </section>
  );
}

/** A section this role may not see, reached by a direct URL. */
export function RefusalPage({ reason, onSwitchAccount }: { reason?: string; onSwitchAccount?: () => void }) {
  const { t } = useI18n();
  usePageTitle(t('refused.title'));
  return (
    <section className="page page-narrow" aria-labelledby="refused-title">
      <h1 id="refused-title">{t('refused.title')}</h1>
      <p>{reason ?? t('refused.text')}</p>
      <ul className="link-list">
        <li>
          <Link to="/">{t('notFound.home')}</Link>
        </li>
        {onSwitchAccount ? (
          <li>
            <button type="button" className="button button-link" onClick={onSwitchAccount}>
              {t('refused.loginAs')}
            </button>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
