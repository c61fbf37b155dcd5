import { useState } from 'react';
import { getMyAccount, type AccountStatement } from '../../endpoints/payments.ts';
import { formatDateTime, formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { LoadError, Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Pager } from '../../ui/pager.tsx';
import { useResource } from '../../ui/use-resource.ts';

const pageSize = 50;

/** The internal account: balance, linked cards and every movement with its order. */
export function BalancePage() {
  const { t } = useI18n();
  const [offset, setOffset] = useState(0);
  const account = useResource(() => getMyAccount({ limit: pageSize, offset }), [offset]);
  usePageTitle(t('account.balance'));
  if (account.error) return <LoadError error={account.error} onRetry={account.reload} />;
  if (!account.data) return <Loading />;
  return (
    <section aria-labelledby="balance-title">
      <h1 id="balance-title">{t('account.balance')}</h1>
      <Statement statement={account.data} />
      <Pager total={account.data.total} limit={pageSize} offset={offset} onOffset={setOffset} />
    </section>
  );
}

/** A statement of an account or a contract: balance, what may be spent, cards, movements. */
export function Statement({ statement }: { statement: AccountStatement }) {
  const { t, lang } = useI18n();
  const money = (minor: number) => formatMoney(lang, minor, statement.currency);
  return (
    <>
      <p className="price-large" data-testid="balance">
        {t('account.balanceNow')}: {money(statement.balanceMinor)}
      </p>
      {statement.creditLimitMinor > 0 ? (
        <p>
          {t('account.creditLimit', { amount: money(statement.creditLimitMinor) })} · {t('account.available', { amount: money(statement.availableMinor) })}
        </p>
      ) : null}
      {statement.cards.length > 0 ? (
        <p>
          {t('account.cards')}: {statement.cards.map((card) => card.masked).join(', ')}
        </p>
      ) : statement.owner === 'client' ? (
        <p className="muted">{t('account.noCards')}</p>
      ) : null}
      <h2>{t('account.movements')}</h2>
      {statement.movements.length === 0 ? (
        <p>{t('account.noMovements')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('common.date')}</th>
                <th scope="col">{t('common.description')}</th>
                <th scope="col" className="num">
                  {t('account.amount')}
                </th>
                <th scope="col" className="num">
                  {t('account.balanceAfterColumn')}
                </th>
              </tr>
            </thead>
            <tbody>
              {statement.movements.map((movement) => (
                <tr key={movement.id}>
                  <td>{formatDateTime(lang, movement.at)}</td>
                  <td>{[movement.kindLabel[lang], movement.paymentKindLabel?.[lang], movement.bookingNumber, movement.description].filter(Boolean).join(' · ')}</td>
                  <td className="num">{money(movement.amountMinor)}</td>
                  <td className="num">{money(movement.balanceAfterMinor)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
