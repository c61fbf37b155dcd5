import { expect, test, type Page } from '@playwright/test';

// The portal's side of roles: a direct URL to a section the role may not see is
// refused with a page that says so (the office's own sections: office-access.spec.ts).

async function logIn(page: Page, path: string, login: string, password: string): Promise<void> {
  await page.goto(path);
  await page.getByLabel(/Логин|Код клиента или email/).fill(login);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
}

test('a client is refused the back office, and staff are refused the client account', async ({ page }) => {
  await logIn(page, '/login', 'client', 'client-demo-1');
  await expect(page.getByRole('heading', { name: /Здравствуйте/ })).toBeVisible();
  await page.goto('/office/reports');
  await expect(page.getByRole('heading', { name: 'Нет доступа' })).toBeVisible();
  await page.goto('/account/contracts');
  await expect(page.getByRole('heading', { name: 'Нет доступа' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Основное меню' }).getByRole('button', { name: 'Выйти' }).click();
  await expect(page.getByRole('navigation', { name: 'Основное меню' }).getByRole('link', { name: 'Войти' })).toBeVisible();
  await logIn(page, '/office', 'manager', 'manager-demo-1');
  await expect(page.getByRole('link', { name: 'Отчёты' }).first()).toBeVisible();
  await page.goto('/account');
  await expect(page.getByRole('heading', { name: 'Нет доступа' })).toBeVisible();
});

test('a corporate representative sees the contracts, their prices and balance', async ({ page }) => {
  await logIn(page, '/login', 'corporate', 'corporate-demo-1');
  await page.getByRole('navigation', { name: 'Разделы личного кабинета' }).getByRole('link', { name: 'Договоры' }).click();
  await expect(page.getByRole('heading', { name: 'Договоры', level: 1 })).toBeVisible();
  await expect(page.getByText('ООО «Спорт-Сервис»')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Договор Д-2025\/001/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Специальные цены' })).toBeVisible();
});
