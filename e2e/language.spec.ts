import { expect, test } from '@playwright/test';

// Russian by default; English on request, remembered after a reload, and back again.

test('the language switch changes every label and is remembered', async ({ page }) => {
  await page.goto('/schedule');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { name: 'Расписание', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Вид события')).toBeVisible();

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Schedule', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Kind of event')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Catalog' })).toBeVisible();
  await expect(page.getByText(/Events found: \d+/)).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Schedule', level: 1 })).toBeVisible();
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();

  await page.getByRole('button', { name: 'Переключить на русский' }).click();
  await expect(page.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});
