import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import type { StaffOrderDetail } from '../orders/orders-api.ts';
import { ReasonDialog } from '../shared/reason-dialog.tsx';
import { cancelOrder } from './box-office-api.ts';

const cancellable = new Set<StaffOrderDetail['status']>(['formed', 'processed']);

/** Calling an order off before anything is handed over: its seats go back on sale and what was paid is refunded. */
export function CancelOrder({ order, onCancelled }: { order: StaffOrderDetail; onCancelled: (next: StaffOrderDetail, text: string) => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  if (!cancellable.has(order.status) || order.tickets.some((ticket) => ticket.status === 'issued')) return null;
  return (
    <section aria-labelledby="cancel-title">
      <h2 id="cancel-title">{t('cashier.cancelTitle')}</h2>
      <p className="muted">{t('cashier.cancelText')}</p>
      <Button variant="danger" onClick={() => setOpen(true)}>
        {t('cashier.cancel')}
      </Button>
      <ReasonDialog
        open={open}
        title={t('cashier.cancelTitle')}
        label={t('cashier.cancelReason')}
        submitLabel={t('cashier.cancel')}
        onClose={() => setOpen(false)}
        onSubmit={async (reason) => onCancelled(await cancelOrder(order.id, reason), t('cashier.cancelled'))}
      />
    </section>
  );
}
