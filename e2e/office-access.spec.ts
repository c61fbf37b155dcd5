import { expect, test, type Page } from '@playwright/test';
import { officeLogIn, type DemoRole } from './office-support.ts';

// Each role sees only its own sections; another role's page, reached by its URL, is
// refused by the back office, and the API behind it refuses too.

const sections: Record<Exclude<DemoRole, 'client'>, string[]> = {
  operator: ['Заявки', 'Заказы'],
  cashier: ['Касса', 'Счета клиентов', 'Заказы'],
  manager: ['Каталог и объекты', 'Корпоративные клиенты', 'Рассылки', 'Отчёты', 'Заказы'],
  admin: ['Сотрудники', 'Журнал изменений'],
};
const allSections = [...new Set(Object.values(sections).flat())];

/** Another role's page and an API call behind it, for each role. */
const refused: Record<Exclude<DemoRole, 'client'>, { page: string; api: string }> = {
  operator: { page: '/office/box-office', api: '/api/staff/orders/by-booking-number/K7M2QXH' },
  cashier: { page: '/office/requests', api: '/api/staff/requests' },
  manager: { page: '/office/box-office', api: '/api/staff/requests' },
  admin: { page: '/office/orders', api: '/api/staff/requests' },
};

const nav = (page: Page) => page.getByRole('navigation', { name: 'Разделы рабочего места' });

for (const role of Object.keys(sections) as (keyof typeof sections)[]) {
  test(`the ${role} sees only their sections, and is refused another role's page and its API`, async ({ page }) => {
    await officeLogIn(page, role);
    for (const label of allSections) {
      await expect(nav(page).getByRole('link', { name: label, exact: true }), label).toHaveCount(sections[role].includes(label) ? 1 : 0);
    }
    // Each own section opens (not refused).
    for (const label of sections[role]) {
      await nav(page).getByRole('link', { name: label, exact: true }).click();
      await expect(page.getByRole('heading', { name: 'Нет доступа' })).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    await page.goto(refused[role].page);
    await expect(page.getByRole('heading', { name: 'Нет доступа' })).toBeVisible();
    await expect(page.getByText('Этот раздел недоступен для вашей роли.')).toBeVisible();
    const answer = await page.request.get(refused[role].api);
    expect(answer.status()).toBe(403);
    expect((await answer.json()) as { code: string }).toMatchObject({ code: 'role_forbidden' });
  });
}

test('a deep link to an office page asks for the staff login first, then opens the page', async ({ page }) => {
  await officeLogIn(page, 'cashier', '/office/orders?paymentStatus=paid');
  await expect(page.getByRole('heading', { name: 'Заказы', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Статус оплаты')).toHaveValue('paid');
});

test('a client is refused the back office, and its API', async ({ page }) => {
  // The staff form takes a client's login too; the office then refuses them.
  await officeLogIn(page, 'client', '/office/requests');
  await expect(page.getByRole('heading', { name: 'Нет доступа' })).toBeVisible();
  expect((await page.request.get('/api/staff/orders')).status()).toBe(403);
});
