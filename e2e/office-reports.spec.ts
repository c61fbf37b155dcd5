import { expect, test } from '@playwright/test';
import { asManager, createFilm, createSession, freshCinemaHall, logInToOffice, moneyPattern, moscow, moscowToday, sellPlaces, sessionType } from './office-b-support.ts';
import { getJson, uniqueCode } from './support.ts';

// Seed 003's most profitable film over a period, made from sales this test makes:
// two films in a fresh hall, tickets sold the seed-001 way (submitted, processed,
// confirmed, paid and issued), then the report for today shows the expected winner
// with its gross, and the runner-up with its own. The winner's price is set above
// whatever film leads today already (other tests sell tickets too), so it wins alone.

test('the best-film report for a period shows the film that earned most, with its gross', async ({ page }) => {
  const manager = await asManager();
  const { venue, hallId, zoneId } = await freshCinemaHall(manager);
  const tag = uniqueCode('');
  const today = await getJson<{ films: { grossMinor: number }[] }>(manager.api, `/api/reports/best-film?from=${moscowToday()}&to=${moscowToday()}`);
  const leading = Math.max(0, ...today.films.map((film) => film.grossMinor));
  // Three tickets at no less than the base price each: a third of the leader's gross, and more, is enough.
  const winnerPrice = Math.max(5_000_000, Math.ceil(leading / 3 / 100) * 100 + 100_000);
  const winner = await createFilm(manager, { title: `Кассовый хит ${tag}`, durationMinutes: 120, ageRating: 12, basePriceMinor: winnerPrice });
  const runnerUp = await createFilm(manager, { title: `Фестивальное кино ${tag}`, durationMinutes: 110, ageRating: 16, basePriceMinor: 4_000_000 });
  const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  const extended = sessionType(venue, 'extended');
  const hitSession = await createSession(manager, { hallId, filmId: winner.id, sessionTypeIds: [extended], startsAt: moscow(`${day}T12:00`) });
  const festivalSession = await createSession(manager, { hallId, filmId: runnerUp.id, sessionTypeIds: [extended], startsAt: moscow(`${day}T16:00`) });
  await manager.api.dispose();

  const hitSales = [await sellPlaces(hitSession.id, zoneId, 2), await sellPlaces(hitSession.id, zoneId, 1)];
  const festivalSale = await sellPlaces(festivalSession.id, zoneId, 1);
  const hitGross = hitSales.reduce((sum, sale) => sum + sale.totalMinor, 0);
  expect(hitGross).toBeGreaterThan(festivalSale.totalMinor);

  await logInToOffice(page, 'manager', 'manager-demo-1');
  await page.getByRole('navigation', { name: 'Разделы рабочего места' }).getByRole('link', { name: 'Отчёты' }).click();
  await expect(page.getByRole('heading', { name: 'Самый прибыльный фильм', level: 1 })).toBeVisible();
  const period = page.getByRole('form', { name: 'Период отчёта' });
  await period.getByLabel('С (включительно)').fill(moscowToday());
  await period.getByLabel('По (включительно)').fill(moscowToday());
  await period.getByRole('button', { name: 'Показать' }).click();

  const verdict = page.getByTestId('best-film-verdict');
  await expect(verdict).toContainText(`Самый прибыльный фильм за период: «Кассовый хит ${tag}»`);
  await expect(verdict).toHaveText(moneyPattern(hitGross));
  const table = page.getByRole('table', { name: 'Фильмы по валовому сбору' });
  const hitRow = table.getByRole('row').filter({ hasText: `Кассовый хит ${tag}` });
  await expect(hitRow.getByRole('cell').first()).toHaveText('1');
  await expect(hitRow).toContainText('самый прибыльный');
  await expect(hitRow.getByRole('cell').last()).toHaveText(moneyPattern(hitGross));
  const festivalRow = table.getByRole('row').filter({ hasText: `Фестивальное кино ${tag}` });
  await expect(festivalRow.getByRole('cell').last()).toHaveText(moneyPattern(festivalSale.totalMinor));
  await expect(festivalRow).not.toContainText('самый прибыльный');
  await expect(page.getByRole('img', { name: /Валовой сбор по фильмам/ })).toBeVisible();

  // The same report as CSV, from the API, for the same period.
  const csv = page.getByRole('link', { name: /Скачать CSV/ });
  await expect(csv).toHaveAttribute('href', new RegExp(`/api/reports/best-film\\?from=${moscowToday()}&to=${moscowToday()}.*format=csv`));
});
