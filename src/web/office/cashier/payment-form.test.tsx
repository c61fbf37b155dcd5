import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api.ts';
import { I18nProvider } from '../../i18n/i18n-context.tsx';
import type { StaffOrderDetail } from '../orders/orders-api.ts';
import type * as BoxOfficeApi from './box-office-api.ts';
import { takePayment } from './box-office-api.ts';
import { PaymentForm } from './payment-form.tsx';

vi.mock('./box-office-api.ts', async (original) => ({ ...(await original<typeof BoxOfficeApi>()), takePayment: vi.fn() }));
const take = vi.mocked(takePayment);

const order = {
  id: '7d0c8f5e-0000-4000-8000-000000000001', bookingNumber: 'K7M2QXH', status: 'processed', paymentStatus: 'partially_paid', currency: 'RUB',
  totalMinor: 1_350_000, paidMinor: 500_000, tickets: [], payments: [], history: [],
} as unknown as StaffOrderDetail;

const paid = {
  payment: { id: 'p', orderId: order.id, kind: 'cash', kindLabel: { ru: 'Наличный расчёт', en: 'Cash' }, amountMinor: 850_000, currency: 'RUB', source: 'box_office', pointOfSale: null, note: null, refundOf: null, createdAt: '' },
  order: { orderId: order.id, bookingNumber: 'K7M2QXH', status: 'processed', currency: 'RUB', totalMinor: 1_350_000, paidMinor: 1_350_000, remainingMinor: 0, paymentStatus: 'paid' },
} as const;

function renderForm(onPaid = vi.fn()) {
  render(
    <I18nProvider initialLang="ru">
      <PaymentForm order={order} onPaid={onPaid} />
    </I18nProvider>,
  );
  return onPaid;
}

describe('taking money at the box office', () => {
  beforeEach(() => take.mockReset());

  it('offers what is left, and refuses more than that before asking the server', async () => {
    renderForm();
    const amount = screen.getByLabelText(/Сумма, ₽/);
    expect((amount as HTMLInputElement).value).toBe('8500');
    await userEvent.clear(amount);
    await userEvent.type(amount, '9000');
    await userEvent.click(screen.getByRole('button', { name: 'Принять оплату' }));
    expect(screen.getByText(/Осталось оплатить только/)).toBeTruthy();
    expect(take).not.toHaveBeenCalled();
  });

  it('sends kopecks, and a retry after a lost answer reuses the payment’s key so it is taken once', async () => {
    take.mockRejectedValueOnce(new ApiError({ status: 0, code: 'network_error', detail: 'down' })).mockResolvedValueOnce(paid as never);
    const onPaid = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Принять оплату' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/сервер|Server|связ/i));
    await userEvent.click(screen.getByRole('button', { name: 'Принять оплату' }));
    await waitFor(() => expect(onPaid).toHaveBeenCalledOnce());
    const [first, second] = take.mock.calls;
    expect(first?.[1]).toMatchObject({ kind: 'cash', amountMinor: 850_000 });
    expect(second?.[1].idempotencyKey).toBe(first?.[1].idempotencyKey);
    expect(onPaid.mock.calls[0]?.[0]).toMatch(/Принято 8\s500\s₽ \(Наличный расчёт\)\. Оплачено 13\s500\s₽ из 13\s500\s₽, осталось 0\s₽/);
  });
});
