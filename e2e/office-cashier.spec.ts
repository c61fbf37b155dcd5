import { expect, test } from '@playwright/test';
import { danceFloor, officeLogIn, rub, submitAsClient } from './office-support.ts';

// Seed 001 at the point of sale: the cashier finds the order by its booking number,
// takes cash in two parts, issues one ticket and then the rest, prints them, and
// takes one back, seeing the refund.

test('a cashier finds the order, takes cash in two parts, issues one ticket then the rest, and takes a return', async ({ page }) => {
  // The client books three places on the dance floor (processed at once: small and
  // holdable) and confirms the order in the account, as the portal does.
  const floor = await danceFloor(page.request);
  const { request, client } = await submitAsClient([{ eventId: floor.eventId, zoneId: floor.zoneId, quantity: 3 }]);
  expect(request.status).toBe('processed');
  const confirmed = await client.api.post(`/api/orders/${request.order!.id}/confirm`, { headers: client.csrf });
  expect(confirmed.status(), await confirmed.text()).toBe(200);
  await client.api.dispose();
  const total = floor.priceMinor * 3;
  const firstPart = 500_000;

  await officeLogIn(page, 'cashier');
  await page.getByRole('navigation', { name: 'Разделы рабочего места' }).getByRole('link', { name: 'Касса' }).click();
  await expect(page.getByRole('heading', { name: 'Касса', level: 1 })).toBeVisible();

  // A typo is caught by the check character, next to the field.
  const number = page.getByLabel('Номер брони');
  await number.fill(`${request.bookingNumber.slice(0, 6)}${request.bookingNumber.endsWith('2') ? '3' : '2'}`);
  await page.getByRole('button', { name: 'Найти заказ' }).click();
  await expect(page.locator('.field-error')).toContainText(/опечатк|не найден/);
  // Typed as read out: lower case, with a space.
  await number.fill(`${request.bookingNumber.slice(0, 3).toLowerCase()} ${request.bookingNumber.slice(3)}`);
  await page.getByRole('button', { name: 'Найти заказ' }).click();
  await expect(page.getByRole('heading', { name: `Касса: заказ ${request.bookingNumber}` })).toBeVisible();
  await expect(page.getByTestId('order-total')).toHaveText(rub(total));
  await expect(page.getByTestId('order-payment-status')).toHaveText('Не оплачено');

  // Cash in two parts: paid / remaining / payment status follow each.
  await page.getByLabel('Вид оплаты').selectOption('cash');
  await page.getByLabel('Сумма, ₽').fill(String(firstPart / 100));
  await page.getByRole('button', { name: 'Принять оплату' }).click();
  await expect(page.getByTestId('box-office-notice')).toContainText('Наличный расчёт');
  await expect(page.getByTestId('order-paid')).toHaveText(rub(firstPart));
  await expect(page.getByTestId('order-remaining')).toHaveText(rub(total - firstPart));
  await expect(page.getByTestId('order-payment-status')).toHaveText('Частично оплачено');
  // The amount field now offers what is left; the second part pays it.
  await expect(page.getByLabel('Сумма, ₽')).toHaveValue(String((total - firstPart) / 100));
  await page.getByRole('button', { name: 'Принять оплату' }).click();
  await expect(page.getByTestId('order-payment-status')).toHaveText('Оплачено');
  await expect(page.getByTestId('order-remaining')).toHaveText(rub(0));
  await expect(page.getByTestId('payments-table').getByRole('row')).toHaveCount(3);

  // One ticket, then the rest.
  await page.getByLabel('Выбрать билет 1').check();
  await page.getByRole('button', { name: 'Выдать выбранные (1)' }).click();
  await expect(page.getByTestId('box-office-notice')).toHaveText(/Выдано билетов: 1/);
  await expect(page.getByTestId('order-status')).toHaveText(/^Частично выдан ·/);
  await expect(page.locator('tr[data-ticket-status="issued"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Выдать все ожидающие (2)' }).click();
  await expect(page.getByTestId('box-office-notice')).toHaveText(/Выдано билетов: 2/);
  await expect(page.locator('tr[data-ticket-status="issued"]')).toHaveCount(3);
  await expect(page.getByTestId('order-status')).toHaveText(/^Выдан · Оплачено/);

  // Printing opens the tickets' PDF.
  const print = page.getByRole('link', { name: 'Печать билетов (PDF)' });
  const pdf = await page.request.get((await print.getAttribute('href'))!);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // A return: the ticket chosen, a reason (required), the refund shown.
  await page.getByLabel('Выбрать билет 2').check();
  await page.getByRole('button', { name: 'Возврат выбранных (1)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Возврат билетов: 1' });
  await dialog.getByRole('button', { name: 'Оформить возврат' }).click();
  await expect(dialog.locator('.field-error')).toHaveText(/Укажите причину/);
  await dialog.getByLabel('Причина возврата').fill('Клиент не сможет прийти');
  await dialog.getByRole('button', { name: 'Оформить возврат' }).click();
  await expect(page.getByTestId('box-office-notice')).toContainText('Возвращено билетов: 1');
  await expect(page.getByTestId('box-office-notice')).toContainText(rub(floor.priceMinor));
  await expect(page.locator('tr[data-ticket-status="returned"]')).toHaveCount(1);
  await expect(page.getByTestId('payments-table').getByRole('row', { name: /возврат/ })).toContainText(rub(-floor.priceMinor));
  await expect(page.getByTestId('client-notifications')).toContainText('Возврат билетов');
});
