import { expect, test } from '@playwright/test';

// A forgotten password, in a real browser against the real API: the login page leads to the
// request form, the answer never says whether the login exists, and a link that is not
// (or no longer) valid says so and offers a new one.

test('asking for a reset link from the login page, and opening a stale link', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('link', { name: 'Забыли пароль?' }).click();
  await expect(page.getByRole('heading', { name: 'Восстановление пароля', level: 1 })).toBeVisible();
  await page.getByLabel('Код клиента, email или логин').fill('client');
  await page.getByRole('button', { name: 'Прислать ссылку' }).click();
  await expect(page.getByText(/Если такая учётная запись есть/)).toBeVisible();

  await page.goto('/password-reset?token=not-a-real-token');
  await expect(page.getByRole('heading', { name: 'Придумайте новый пароль', level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Новый пароль', exact: true }).fill('a-new-password-1');
  await page.getByRole('textbox', { name: 'Повторите пароль', exact: true }).fill('a-new-password-1');
  await page.getByRole('button', { name: 'Сохранить пароль' }).click();
  await expect(page.getByText(/Ссылка устарела или уже использована/)).toBeVisible();
  await page.getByRole('link', { name: 'Запросить новую ссылку' }).click();
  await expect(page.getByRole('heading', { name: 'Восстановление пароля', level: 1 })).toBeVisible();
});
