import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { firstEvent, serviceNamed } from './support.ts';

// axe-core on the main pages: no serious or critical violation, in both languages
// where the page has text of its own.

async function expectNoSeriousViolations(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const report = serious.map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join('\n  ')}`).join('\n');
  expect(serious, `${name}:\n${report}`).toEqual([]);
}

test('catalog, schedule, event with its seat map, service, basket, login and registration, 404', async ({ page }) => {
  const session = await firstEvent('film_session');
  const museum = await serviceNamed('Свободное посещение музея');
  const pages: [string, string, string][] = [
    ['catalog', '/', 'Каталог'],
    ['schedule', '/schedule', 'Расписание'],
    ['event', `/events/${session.id}`, session.title],
    ['service', `/services/${museum.id}`, museum.name],
    ['basket', '/basket', 'Корзина'],
    ['login', '/login', 'Вход'],
    ['registration', '/register', 'Регистрация'],
    ['not found', '/no-such-page', 'Страница не найдена'],
  ];
  for (const [name, path, heading] of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    if (name === 'event') await expect(page.getByRole('application')).toHaveAttribute('data-ready', 'true');
    await page.waitForLoadState('networkidle');
    await expectNoSeriousViolations(page, name);
  }
  // The seat list, the accessible way to pick seats.
  await page.goto(`/events/${session.id}`);
  await page.getByRole('button', { name: 'Список свободных мест' }).click();
  await expect(page.getByRole('checkbox').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'seat list');
});

test('the account pages of a logged-in client', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Код клиента или email').fill('client');
  await page.getByLabel('Пароль').fill('client-demo-1');
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByRole('heading', { name: /Здравствуйте/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'account');
  for (const [section, heading] of [
    ['Заявки', 'Заявки'],
    ['Заказы', 'Заказы'],
    ['Профиль', 'Профиль и контакты'],
    ['Подписки', 'Подписки на рассылки'],
  ] as const) {
    await page.getByRole('navigation', { name: 'Разделы личного кабинета' }).getByRole('link', { name: section }).click();
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoSeriousViolations(page, section);
  }
});
