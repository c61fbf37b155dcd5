import { expect, test, type Page } from '@playwright/test';
import { serviceNamed } from './support.ts';

// One test per scenario of seed 002, on the demo museum's services: what the flags
// lock is shown locked, the live quote follows the choice, and every choice a flag
// refuses is refused next to the control at fault, naming the flag.

const addButton = (page: Page) => page.getByRole('button', { name: 'Добавить в корзину' });
const quoteTotal = (page: Page) => page.getByTestId('quote-total');

/** A wall-clock date in Moscow, `days` from today. */
function moscowDate(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(new Date(Date.now() + days * 86_400_000));
}

async function open(page: Page, name: string): Promise<void> {
  const service = await serviceNamed(name);
  await page.goto(`/services/${service.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(service.name);
}

test('scenario 1: fixed visit objects are locked; the price is per object and per visitor', async ({ page }) => {
  await open(page, 'Экскурсия по основной экспозиции');
  const objects = page.getByRole('group', { name: 'Объекты посещения' });
  await expect(objects.getByText('Состав фиксирован услугой')).toBeVisible();
  for (const name of ['Основная экспозиция', 'Картинная галерея']) {
    await expect(objects.getByRole('checkbox', { name })).toBeChecked();
    await expect(objects.getByRole('checkbox', { name })).toBeDisabled();
  }
  await expect(quoteTotal(page)).toHaveText(/800\s₽/);
  await page.getByLabel('Число посетителей').fill('3');
  await expect(quoteTotal(page)).toHaveText(/2\s400\s₽/);
  await expect(page.getByText(/Основная экспозиция · любая категория: 500\s₽ × 3 = 1\s500\s₽/)).toBeVisible();

  // Refused: no visitors at all.
  await page.getByLabel('Число посетителей').fill('0');
  await expect(page.getByLabel('Число посетителей')).toHaveAttribute('aria-invalid', 'true');
  await expect(addButton(page)).toBeDisabled();
  await page.getByLabel('Число посетителей').fill('2');
  await expect(quoteTotal(page)).toHaveText(/1\s600\s₽/);
  await addButton(page).click();
  await expect(page.getByText('Добавлено в корзину.')).toBeVisible();
});

test('scenario 2: visit objects are chosen freely and priced object × category', async ({ page }) => {
  await open(page, 'Свободное посещение музея');
  const objects = page.getByRole('group', { name: 'Объекты посещения' });
  // Refused: nothing chosen, while the price depends on the objects.
  await expect(objects.getByText(/Выберите хотя бы один объект посещения/)).toBeVisible();
  await expect(addButton(page)).toBeDisabled();

  await objects.getByRole('checkbox', { name: 'Основная экспозиция' }).check();
  await expect(quoteTotal(page)).toHaveText(/500\s₽/);
  await page.getByLabel('Студенческий: число посетителей').fill('1');
  await expect(quoteTotal(page)).toHaveText(/750\s₽/);
  await objects.getByRole('checkbox', { name: 'Усадьба купца Мельникова' }).check();
  await expect(quoteTotal(page)).toHaveText(/1\s250\s₽/);
  await expect(page.getByText(/цена объекта$|цена объекта\)/).first()).toBeVisible();

  // Refused again when every object is unticked.
  await objects.getByRole('checkbox', { name: 'Основная экспозиция' }).uncheck();
  await objects.getByRole('checkbox', { name: 'Усадьба купца Мельникова' }).uncheck();
  await expect(objects.getByText(/Выберите хотя бы один объект посещения/)).toBeVisible();
  await expect(addButton(page)).toBeDisabled();
});

test('scenario 3: the fixed group of ten cannot be changed', async ({ page }) => {
  await open(page, 'Групповая экскурсия');
  const visitors = page.getByRole('group', { name: 'Посетители' });
  await expect(visitors.getByText('Категория и число посетителей заданы услугой и не меняются.')).toBeVisible();
  const count = page.getByLabel('Группа: число посетителей');
  await expect(count).toHaveValue('10');
  await expect(count).not.toBeEditable();
  // Refused: typing another count does nothing; the line stays ten people at the group price.
  await count.press('Backspace');
  await count.pressSequentially('5');
  await expect(count).toHaveValue('10');
  await expect(quoteTotal(page)).toHaveText(/3\s500\s₽/);
  await expect(addButton(page)).toBeEnabled();
});

test('scenario 4: one visitor category per line, price by category whatever the number', async ({ page }) => {
  await open(page, 'Индивидуальное посещение');
  const visitors = page.getByRole('group', { name: 'Посетители' });
  await expect(visitors.getByText(/Только одна категория посетителей в строке заказа/)).toBeVisible();
  await expect(quoteTotal(page)).toHaveText(/600\s₽/);
  await page.getByLabel('Взрослый: число посетителей').fill('3');
  await expect(quoteTotal(page)).toHaveText(/600\s₽/);

  // Refused: a second category in the same line.
  await page.getByLabel('Детский (до 14 лет): число посетителей').fill('1');
  await expect(visitors.getByText(/только одну категорию посетителей \(IsUseOneCategory\)/)).toBeVisible();
  await expect(addButton(page)).toBeDisabled();
  await page.getByLabel('Взрослый: число посетителей').fill('0');
  await expect(quoteTotal(page)).toHaveText(/300\s₽/);
  await expect(addButton(page)).toBeEnabled();
});

test('scenario 5: the date and time of the visit are required, within the validity window', async ({ page }) => {
  await open(page, 'Тематическая экскурсия «Полярные экспедиции»');
  const date = page.getByLabel(/Дата посещения/);
  const time = page.getByLabel(/Время посещения/);
  await expect(page.getByText(/Посещение возможно с .+ по .+/)).toBeVisible();

  // Refused: no date.
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/Укажите дату посещения \(IsNeedVisitDate\)/)).toBeVisible();
  await expect(addButton(page)).toBeDisabled();

  // Refused: a date, but no time.
  await date.fill(moscowDate(5));
  await expect(page.getByText(/Укажите время посещения \(IsNeedVisitTime\)/)).toBeVisible();
  await expect(time).toHaveAttribute('aria-invalid', 'true');

  await time.fill('12:00');
  await expect(quoteTotal(page)).toHaveText(/900\s₽/);
  await expect(addButton(page)).toBeEnabled();

  // Refused: a date after the window, and today (the window opens tomorrow).
  await date.fill(moscowDate(120));
  await expect(page.getByText(/в период действия услуги.*\(ActiveKindId\)/)).toBeVisible();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(addButton(page)).toBeDisabled();
  await time.fill('23:59'); // late enough that today has not passed yet
  await date.fill(moscowDate(0));
  await expect(page.getByText(/\(ActiveKindId\)/)).toBeVisible();

  await date.fill(moscowDate(5));
  await page.getByLabel('Детский (до 14 лет): число посетителей').fill('2');
  await expect(quoteTotal(page)).toHaveText(/1\s800\s₽/);
  await addButton(page).click();
  await expect(page.getByText('Добавлено в корзину.')).toBeVisible();
});
