import { Link, useParams } from 'react-router';
import { formatDateTime, formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { LoadError, Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { useResource } from '../../ui/use-resource.ts';
import { ClientSummary } from '../shared/client-summary.tsx';
import { Facts } from '../shared/facts.tsx';
import { getClientAccount, type AccountStatement } from './box-office-api.ts';
import { LinkCardForm } from './link-card-form.tsx';
import { TopUpForm } from './top-up-form.tsx';

/** A client's internal account: balance, linked cards and movements; money paid in and cards linked here. */
export function ClientAccountPage() {
  const { t, lang } = useI18n();
  const { clientId = '' } = useParams();
  const statement = useResource(() => getClientAccount(clientId, { limit: 50 }), [clientId]);
  usePageTitle(t('cashier.accountTitle'));
  return (
    <section className="page" aria-labelledby="account-title">
      <p>
        <Link to="/office/accounts">← {t('cashier.anotherClient')}</Link>
      </p>
      <h1 id="account-title">{t('cashier.accountTitle')}</h1>
      <p>
        <ClientSummary clientId={clientId} />
      </p>
      {statement.error ? <LoadError error={statement.error} onRetry={statement.reload} /> : null}
      {!statement.data && !statement.error ? <Loading /> : null}
      {statement.data ? (
        <>
          <Facts
            items={[
              { label: t('cashier.balance'), value: formatMoney(lang, statement.data.balanceMinor, statement.data.currency), testId: 'account-balance' },
              { label: t('cashier.cards'), value: statement.data.cards.length === 0 ? t('cashier.noCards') : statement.data.cards.map((card) => card.masked).join(', '), testId: 'account-cards' },
            ]}
          />
          <div className="two-columns">
            <TopUpForm clientId={clientId} currency={statement.data.currency} onDone={statement.reload} />
            <LinkCardForm clientId={clientId} onDone={statement.reload} />
          </div>
          <Movements statement={statement.data} />
        </>
      ) : null}
    </section>
  );
}

function Movements({ statement }: { statement: AccountStatement }) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="movements-title">
      <h2 id="movements-title">{t('cashier.movements')}</h2>
      {statement.movements.length === 0 ? (
        <p className="muted">{t('cashier.noMovements')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table" aria-labelledby="movements-title">
            <thead>
              <tr>
                <th scope="col">{t('orders.paymentAt')}</th>
                <th scope="col">{t('cashier.movementKind')}</th>
                <th scope="col" className="num">
                  {t('operator.amount')}
                </th>
                <th scope="col" className="num">
                  {t('cashier.balanceAfter')}
                </th>
                <th scope="col">{t('orders.paymentNote')}</th>
              </tr>
            </thead>
            <tbody>
              {statement.movements.map((movement) => (
                <tr key={movement.id}>
                  <td>{formatDateTime(lang, movement.at)}</td>
                  <td>
                    {movement.kindLabel[lang]}
                    {movement.paymentKindLabel ? <span className="muted"> · {movement.paymentKindLabel[lang]}</span> : null}
                  </td>
                  <td className="num">{formatMoney(lang, movement.amountMinor, statement.currency)}</td>
                  <td className="num">{formatMoney(lang, movement.balanceAfterMinor, statement.currency)}</td>
                  <td>{[movement.bookingNumber, movement.pointOfSale, movement.description].filter(Boolean).join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
