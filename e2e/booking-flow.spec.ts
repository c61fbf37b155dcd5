import { expect, test, type Page } from '@playwright/test';
import { apiAs, cardNumber, clickSeatAfterArrows, firstEvent, getJson, registerInline, serverHasRoute, serviceNamed, uniqueCode } from './support.ts';

// Seed 001's whole path on the portal: choose, register inline, send the request and
// see the booking number; the request is processed; the client confirms, pays from
// the internal account and downloads the tickets. One browser session goes through
// every step, in order: once with two seats picked on a cinema map, and once with a
// museum visit from the configurator.

interface Flow {
  page: Page;
  requestId: string;
  bookingNumber: string;
  orderId: string;
}

function bookingFlow(name: string, choose: (page: Page) => Promise<void>, needs?: { method: string; path: string; why: string }) {
  test.describe(name, () => {
    test.describe.configure({ mode: 'serial' });
    const flow: Flow = { page: undefined as unknown as Page, requestId: '', bookingNumber: '', orderId: '' };

    test.beforeAll(async ({ browser }) => {
      flow.page = await (await browser.newContext()).newPage();
    });
    test.afterAll(async () => {
      await flow.page.context().close();
    });

    test('choose, register inline, send the request and see the booking number', async () => {
      if (needs) test.fixme(!(await serverHasRoute(needs.method, needs.path)), needs.why);
      const { page } = flow;
      await choose(page);
      await page.getByRole('link', { name: 'Перейти в корзину' }).click();
      await expect(page.getByTestId('basket-total')).toContainText('₽');

      await page.getByRole('button', { name: 'Я новый клиент' }).click();
      await registerInline(page, uniqueCode('e2e'));
      await expect(page.getByText(/Заявка будет оформлена на: Иванова Мария Петровна/)).toBeVisible();
      await page.getByRole('button', { name: 'Отправить заявку' }).click();

      await expect(page.getByRole('heading', { name: 'Заявка отправлена' })).toBeVisible();
      flow.bookingNumber = (await page.getByTestId('booking-number').textContent()) ?? '';
      expect(flow.bookingNumber).toMatch(/^[2-9A-Z]{7}$/);
      flow.requestId = new URL(page.url()).pathname.split('/').at(-1)!;
      await expect(page.getByRole('heading', { level: 1 })).toContainText(flow.bookingNumber);
      await page.getByRole('link', { name: 'Корзина' }).click();
      await expect(page.getByText(/Корзина пуста/)).toBeVisible();
      await page.goBack();
    });

    test('the request is processed, and the client confirms the order', async () => {
      test.skip(!flow.requestId, 'no request was sent');
      const { page } = flow;
      const { api, csrf } = await apiAs('operator', 'operator-demo-1');
      const request = await getJson<{ status: string }>(api, `/api/staff/requests/${flow.requestId}`);
      // A small request is processed automatically; otherwise the operator finishes it.
      if (request.status === 'not_processed' || request.status === 'in_processing') {
        const processed = await api.post(`/api/staff/requests/${flow.requestId}/process`, { headers: csrf, data: {} });
        expect(processed.status(), await processed.text()).toBe(200);
      }
      await api.dispose();

      await page.goto(`/account/requests/${flow.requestId}`);
      await expect(page.getByText('Обработано').first()).toBeVisible();
      await expect(page.getByRole('heading', { name: 'История' })).toBeVisible();
      await page.getByRole('link', { name: flow.bookingNumber }).last().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Заказ ${flow.bookingNumber}`);
      flow.orderId = new URL(page.url()).pathname.split('/').at(-1)!;
      await expect(page.getByText('Сформирован').first()).toBeVisible();
      await page.getByRole('button', { name: 'Подтвердить заказ' }).click();
      await expect(page.getByText(/Заказ подтверждён/)).toBeVisible();
      await expect(page.getByText('Обработан', { exact: true }).first()).toBeVisible();
    });

    test('the client pays from the internal account with the card number', async () => {
      test.skip(!flow.orderId, 'no order to pay');
      test.fixme(!(await serverHasRoute('POST', '/api/my/orders/{orderId}/pay')), 'the payments API is not there yet');
      const { page } = flow;
      const card = cardNumber();
      const me = await getJson<{ actor: { clientId: string } }>(page.request, '/api/me');
      // Earlier, at the box office: the cashier links a card and takes money onto the account.
      const { api, csrf } = await apiAs('cashier', 'cashier-demo-1');
      const linked = await api.post(`/api/staff/clients/${me.actor.clientId}/cards`, { headers: csrf, data: { cardNumber: card } });
      expect(linked.ok(), await linked.text()).toBe(true);
      const topUp = await api.post(`/api/staff/clients/${me.actor.clientId}/top-ups`, { headers: csrf, data: { kind: 'cash', amountMinor: 10_000_000, idempotencyKey: uniqueCode('topup') } });
      expect(topUp.ok(), await topUp.text()).toBe(true);
      await api.dispose();

      await page.reload();
      await page.getByRole('button', { name: 'Оплатить со счёта' }).click();
      const dialog = page.getByRole('dialog');
      const cardInput = dialog.getByLabel('Номер карты, привязанной к счёту');
      await expect(cardInput).toBeFocused();
      // Someone else's (or no one's) card is refused, next to the card number.
      await cardInput.fill('4111 1111 1111 1111');
      await dialog.getByRole('button', { name: /^Оплатить/ }).click();
      await expect(dialog.locator('.field-error, .alert-error').first()).toBeVisible();
      await cardInput.fill(card.replace(/(\d{4})(?=\d)/g, '$1 '));
      await dialog.getByRole('button', { name: /^Оплатить/ }).click();
      await expect(page.getByText(/Заказ оплачен/)).toBeVisible();
      await expect(page.getByText('Оплачено', { exact: true }).first()).toBeVisible();

      await page.getByRole('navigation', { name: 'Разделы личного кабинета' }).getByRole('link', { name: 'Внутренний счёт' }).click();
      await expect(page.getByTestId('balance')).toContainText('₽');
      await expect(page.getByRole('cell', { name: new RegExp(flow.bookingNumber) })).toBeVisible();
    });

    test('the client downloads the ticket PDF', async () => {
      test.skip(!flow.orderId, 'no order');
      const document = await getJson<{ paths: Record<string, unknown> }>(flow.page.request, '/api/openapi.json');
      const pdfRoute = Object.keys(document.paths).find((path) => /^\/api\/(my\/)?orders\/\{[^}]+\}\/.*pdf/.test(path));
      test.fixme(!pdfRoute, 'the PDF tickets endpoint (booking, phase B2) is not there yet; the portal shows the download link once the server documents it');
      test.fixme(!(await serverHasRoute('POST', '/api/staff/orders/{orderId}/issue')), 'the box office cannot issue tickets yet');
      const { page } = flow;
      await page.goto(`/account/orders/${flow.orderId}`);
      await expect(page.getByText(/Билеты выдают в кассе по номеру брони/)).toBeVisible();
      await expect(page.getByRole('link', { name: 'Скачать билеты (PDF)' })).toHaveCount(0);
      // At the box office: the cashier hands the paid tickets over.
      const { api, csrf } = await apiAs('cashier', 'cashier-demo-1');
      const issued = await api.post(`/api/staff/orders/${flow.orderId}/issue`, { headers: csrf, data: {} });
      expect(issued.ok(), await issued.text()).toBe(true);
      await api.dispose();

      await page.reload();
      await expect(page.getByText('Выдан', { exact: true }).first()).toBeVisible();
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Скачать билеты (PDF)' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(`tickets-${flow.bookingNumber}.pdf`);
      const { readFileSync } = await import('node:fs');
      expect(readFileSync(await file.path()).subarray(0, 5).toString()).toBe('%PDF-');
    });
  });
}

bookingFlow(
  'two seats of a cinema session',
  async (page) => {
    const session = await firstEvent('film_session');
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Каталог', level: 1 })).toBeVisible();
    await page.getByRole('navigation', { name: 'Основное меню' }).getByRole('link', { name: 'Расписание' }).click();
    await page.getByLabel('Вид события').selectOption('film_session');
    await expect(page.getByText(/Найдено событий: \d+/)).toBeVisible();
    await page.getByRole('link', { name: `Выбрать места: ${session.title}` }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(session.title);

    const canvas = page.getByRole('application', { name: /Схема зала/ });
    await expect(canvas).toHaveAttribute('data-ready', 'true');
    const first = await clickSeatAfterArrows(page, canvas, 1);
    await expect(page.getByTestId('selected-count')).toHaveText('Выбрано мест: 1');
    const second = await clickSeatAfterArrows(page, canvas, 1);
    await expect(page.getByTestId('selected-count')).toHaveText('Выбрано мест: 2');
    expect(second).not.toBe(first);
    await expect(page.getByTestId('selected-total')).toContainText('₽');
    await page.getByRole('button', { name: 'Добавить в корзину' }).click();
    await expect(page.getByText('Места добавлены в корзину.')).toBeVisible();
  },
  {
    method: 'GET',
    path: '/api/events/{eventId}/seats',
    why: 'A request names seats by id; the seat map gives ordinals. Needs GET /api/events/:eventId/seats?ordinals=… → { items: [{ ordinal, seatId, zoneId, row, label }] } from the seat-map context.',
  },
);

bookingFlow('a museum visit from the configurator', async (page) => {
  const service = await serviceNamed('Свободное посещение музея');
  await page.goto('/');
  await page.getByRole('link', { name: 'Музей истории Северного края' }).click();
  await page.getByRole('link', { name: service.name }).first().click();
  await page.getByRole('group', { name: 'Объекты посещения' }).getByRole('checkbox', { name: 'Основная экспозиция' }).check();
  await page.getByLabel('Детский (до 14 лет): число посетителей').fill('1');
  await expect(page.getByTestId('quote-total')).toHaveText(/700\s₽/);
  await page.getByRole('button', { name: 'Добавить в корзину' }).click();
  await expect(page.getByText('Добавлено в корзину.')).toBeVisible();
});
