import { formatDateTime, formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { StaffPayment } from './orders-api.ts';

/** Every payment and refund of an order, oldest first; a refund is negative and says what it gives back. */
export function PaymentsTable({ payments }: { payments: readonly StaffPayment[] }) {
  const { t, lang } = useI18n();
  if (payments.length === 0) return <p className="muted">{t('orders.noPayments')}</p>;
  const sorted = [...payments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <div className="table-scroll">
      <table className="table" data-testid="payments-table">
        <thead>
          <tr>
            <th scope="col">{t('orders.paymentAt')}</th>
            <th scope="col">{t('orders.paymentKind')}</th>
            <th scope="col" className="num">
              {t('operator.amount')}
            </th>
            <th scope="col">{t('orders.paymentSource')}</th>
            <th scope="col">{t('orders.paymentNote')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((payment) => (
            <tr key={payment.id} className={payment.amountMinor < 0 ? 'refund' : undefined}>
              <td>{formatDateTime(lang, payment.createdAt)}</td>
              <td>
                {payment.kindLabel[lang]}
                {payment.amountMinor < 0 ? <span className="muted"> · {t('orders.refund')}</span> : null}
              </td>
              <td className="num">{formatMoney(lang, payment.amountMinor, payment.currency)}</td>
              <td>
                {t(`orders.source.${payment.source}`)}
                {payment.pointOfSale ? <span className="muted"> · {payment.pointOfSale}</span> : null}
              </td>
              <td>{payment.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
