import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { asManager, createFilm, createSession, freshCinemaHall, logInToOffice, moscow, sessionType } from './office-b-support.ts';
import { uniqueCode } from './support.ts';

// Seed 003's scheduling rules in the manager's sessions calendar: a session that
// overlaps another in the hall, a film too long for the session type, and a film
// rated above the session type's limit are each refused with the rule shown beside
// the field at fault (the server's own words too); a valid session is then scheduled,
// and moving it onto another session is refused the same way.

/** The Monday four weeks or so ahead, and the days of that week, as wall dates. */
function weekAhead(): { monday: string; day: (index: number) => string } {
  const date = new Date(Date.now() + 28 * 86_400_000);
  const weekday = (date.getUTCDay() + 6) % 7;
  const monday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - weekday));
  const day = (index: number) => new Date(monday.getTime() + index * 86_400_000).toISOString().slice(0, 10);
  return { monday: day(0), day };
}

test('a manager sees each broken scheduling rule as an error, then schedules a valid session', async ({ page }) => {
  const manager = await asManager();
  const { venue, hallId, hallName } = await freshCinemaHall(manager);
  const tag = uniqueCode('');
  const regular = await createFilm(manager, { title: `Премьера ${tag}`, durationMinutes: 100, ageRating: 6, basePriceMinor: 40_000 });
  await createFilm(manager, { title: `Эпопея ${tag}`, durationMinutes: 190, ageRating: 12, basePriceMinor: 50_000 });
  await createFilm(manager, { title: `Ночной триллер ${tag}`, durationMinutes: 95, ageRating: 18, basePriceMinor: 45_000 });
  const week = weekAhead();
  // Already in the hall: the premiere on Monday 19:00–20:40.
  await createSession(manager, { hallId, filmId: regular.id, sessionTypeIds: [sessionType(venue, 'evening')], startsAt: moscow(`${week.monday}T19:00`) });
  await manager.api.dispose();

  await logInToOffice(page, 'manager', 'manager-demo-1');
  await page.goto(`/office/catalog/calendar?venue=${venue.id}&hall=${hallId}&week=${week.monday}`);
  await expect(page.getByRole('heading', { name: 'Календарь сеансов' })).toBeVisible();
  const grid = page.getByRole('region', { name: `Сеансы зала «${hallName}» за неделю` });
  await expect(grid.getByRole('button', { name: new RegExp(`Премьера ${tag}, 19:00`) })).toBeVisible();

  await page.getByRole('button', { name: 'Новый сеанс' }).click();
  const dialog = page.getByRole('dialog', { name: `Новый сеанс: ${hallName}` });
  const film = dialog.getByLabel('Фильм');
  const start = dialog.getByLabel(/^Начало/);
  const types = dialog.getByRole('group', { name: 'Типы сеанса' });
  const schedule = dialog.getByRole('button', { name: 'Запланировать' });

  // 1. Overlap: another showing of the premiere at 20:00 meets the one at 19:00.
  await film.selectOption({ label: `Премьера ${tag} (100 мин, 6+)` });
  await types.getByLabel(/^Вечерний/).check();
  await start.fill(`${week.monday}T20:00`);
  await schedule.click();
  await expect(start).toHaveAttribute('aria-invalid', 'true');
  await expect(start).toHaveAccessibleDescription(/Зал в это время занят/);
  await expect(start).toHaveAccessibleDescription(new RegExp(`The hall is busy at this time: "Премьера ${tag}"`));

  // 2. Too long: a 190-minute film in a day session (films up to 150 minutes).
  await film.selectOption({ label: `Эпопея ${tag} (190 мин, 12+)` });
  await types.getByLabel(/^Вечерний/).uncheck();
  await types.getByLabel(/^Дневной/).check();
  await start.fill(`${week.day(1)}T10:00`);
  await schedule.click();
  await expect(types).toContainText('Фильм длиннее, чем допускает тип сеанса: 190 мин при пределе 150 мин');
  await expect(types).toContainText(`"Эпопея ${tag}" runs 190 min`);
  await expect(start).not.toHaveAttribute('aria-invalid', 'true');

  // 3. Rated too high: an 18+ film in a morning session (up to 12+).
  await film.selectOption({ label: `Ночной триллер ${tag} (95 мин, 18+)` });
  await types.getByLabel(/^Дневной/).uncheck();
  await types.getByLabel(/^Утренний/).check();
  await start.fill(`${week.day(2)}T10:00`);
  await schedule.click();
  await expect(types).toContainText('Возрастной рейтинг фильма (18+) выше допустимого для этого типа сеанса (12+)');
  await expect(types).toContainText(`"Ночной триллер ${tag}" is rated 18+`);

  // 4. Valid: the long film in an extended session.
  await film.selectOption({ label: `Эпопея ${tag} (190 мин, 12+)` });
  await types.getByLabel(/^Утренний/).uncheck();
  await types.getByLabel(/^Удлинённый/).check();
  await start.fill(`${week.day(3)}T10:00`);
  await schedule.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Сеанс запланирован.')).toBeVisible();
  const epic = grid.getByRole('button', { name: new RegExp(`Эпопея ${tag}, 10:00–13:10`) });
  await expect(epic).toBeVisible();

  // Moving it onto the premiere breaks the first rule again, beside the new start.
  await epic.click();
  const editor = page.getByRole('dialog', { name: `Эпопея ${tag}` });
  const newStart = editor.getByLabel(/^Новое начало/);
  await newStart.fill(`${week.monday}T18:00`);
  await editor.getByRole('button', { name: 'Перенести' }).click();
  await expect(newStart).toHaveAccessibleDescription(/Зал в это время занят/);
  // Into free time it moves, keeping its length.
  await newStart.fill(`${week.day(4)}T12:00`);
  await editor.getByRole('button', { name: 'Перенести' }).click();
  await expect(page.getByText('Сеанс перенесён.')).toBeVisible();
  await expect(grid.getByRole('button', { name: new RegExp(`Эпопея ${tag}, 12:00–15:10`) })).toBeVisible();
});

test('the manager\'s pages have no serious accessibility violation', async ({ page }) => {
  await logInToOffice(page, 'manager', 'manager-demo-1');
  const pages: [string, string][] = [
    ['/office/catalog', 'Объекты и залы'],
    ['/office/catalog/films', 'Фильмы'],
    ['/office/catalog/session-types', 'Типы сеансов'],
    ['/office/catalog/calendar', 'Календарь сеансов'],
    ['/office/catalog/services', 'Услуги'],
    ['/office/corporate', 'Корпоративные клиенты'],
    ['/office/broadcasts', 'Рассылки'],
    ['/office/reports/sales', 'Продажи'],
  ];
  for (const [path, heading] of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), path).toEqual([]);
  }
});
