import { Route, Routes, useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { NotFoundPage } from '../../ui/pages.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { ClientPicker } from '../shared/client-picker.tsx';
import { ClientAccountPage } from './client-account-page.tsx';
import { FindOrderForm } from './find-order-form.tsx';

/** Clients' internal accounts at the box office: find the client, then top up or link a card. */
export function AccountsSection() {
  return (
    <Routes>
      <Route index element={<FindClientPage />} />
      <Route path=":clientId" element={<ClientAccountPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

function FindClientPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  usePageTitle(t('cashier.accountsTitle'));
  const open = (clientId: string | undefined) => {
    if (clientId) void navigate(`/office/accounts/${clientId}`);
  };
  return (
    <section className="page page-narrow" aria-labelledby="accounts-title">
      <h1 id="accounts-title">{t('cashier.accountsTitle')}</h1>
      <p>{t('cashier.accountsText')}</p>
      <h2>{t('cashier.byBookingNumber')}</h2>
      <FindOrderForm onFound={(order) => open(order.clientId)} />
      <h2>{t('cashier.bySearch')}</h2>
      <ClientPicker label={t('office.client')} clientId={undefined} onChange={open} />
    </section>
  );
}
