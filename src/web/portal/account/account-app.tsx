import { Link, NavLink, Route, Routes } from 'react-router';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { LoginForm } from '../../session/login-form.tsx';
import { isStaff, useSession } from '../../session/session-context.tsx';
import { Loading } from '../../ui/loading.tsx';
import { NotFoundPage, RefusalPage } from '../../ui/pages.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { hasAccount as offersAccount } from '../../endpoints/payments.ts';
import { useCapabilities } from '../../ui/use-capabilities.ts';
import { AccountHome } from './account-home.tsx';
import { BalancePage } from './balance-page.tsx';
import { ContractsPage } from './contracts-page.tsx';
import { OrderDetailPage } from './order-detail.tsx';
import { OrderListPage } from './order-list.tsx';
import { ProfilePage } from './profile-page.tsx';
import { RequestDetailPage } from './request-detail.tsx';
import { RequestListPage } from './request-list.tsx';
import { SubscriptionsPage } from './subscriptions-page.tsx';

/** The client's account: only for clients and corporate representatives; staff are sent to the office. */
export function AccountApp() {
  const { t } = useI18n();
  const { status, actor, logOut } = useSession();
  const capabilities = useCapabilities();
  usePageTitle(t('account.title'));

  if (status === 'loading') return <Loading />;
  if (!actor) {
    return (
      <section className="page page-narrow" aria-labelledby="account-login">
        <h1 id="account-login">{t('account.title')}</h1>
        <p>{t('account.loginNeeded')}</p>
        <LoginForm idPrefix="account-login" />
        <p>
          {t('auth.noAccount')} <Link to="/register">{t('auth.toRegister')}</Link>
        </p>
      </section>
    );
  }
  if (isStaff(actor)) return <RefusalPage reason={t('refused.clientsOnly')} onSwitchAccount={() => void logOut()} />;
  const corporate = actor.roles.includes('corporate');
  const hasAccount = capabilities ? offersAccount(capabilities) : false;

  const sections = [
    { to: '/account', label: t('account.home'), end: true },
    { to: '/account/requests', label: t('account.requests') },
    { to: '/account/orders', label: t('account.orders') },
    ...(hasAccount ? [{ to: '/account/balance', label: t('account.balance') }] : []),
    ...(corporate ? [{ to: '/account/contracts', label: t('account.contracts') }] : []),
    { to: '/account/profile', label: t('account.profile') },
    { to: '/account/subscriptions', label: t('account.subscriptions') },
  ];
  return (
    <div className="page account">
      <nav className="account-nav" aria-label={t('account.nav')}>
        <ul>
          {sections.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to} end={section.end}>
                {section.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="account-content">
        <Routes>
          <Route index element={<AccountHome />} />
          <Route path="requests" element={<RequestListPage />} />
          <Route path="requests/:id" element={<RequestDetailPage />} />
          <Route path="orders" element={<OrderListPage />} />
          <Route path="orders/:id" element={<OrderDetailPage />} />
          <Route path="balance" element={<BalancePage />} />
          <Route path="contracts" element={corporate ? <ContractsPage /> : <RefusalPage reason={t('refused.corporateOnly')} />} />
          <Route path="profile" element={<ProfilePage />} />
          <Route path="subscriptions" element={<SubscriptionsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </div>
    </div>
  );
}
