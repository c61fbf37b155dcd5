import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { FindOrderForm } from './find-order-form.tsx';

/** The box office's first screen: which order? */
export function FindOrderPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  usePageTitle(t('cashier.title'));
  return (
    <section className="page page-narrow" aria-labelledby="box-office-title">
      <h1 id="box-office-title">{t('cashier.title')}</h1>
      <p>{t('cashier.findText')}</p>
      <FindOrderForm onFound={(order) => void navigate(`/office/box-office/${order.id}`, { state: { order } })} />
    </section>
  );
}
