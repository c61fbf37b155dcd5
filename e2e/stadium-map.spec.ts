import { expect, test } from '@playwright/test';
import { firstEvent } from './support.ts';

// The 80,000-seat stadium: the map loads, draws, pans, and answers a click.

test('the 80,000-seat stadium map loads and answers a click', async ({ page }) => {
  const match = await firstEvent('match');
  const started = Date.now();
  await page.goto(`/events/${match.id}`);
  const canvas = page.getByRole('application', { name: /Схема зала/ });
  await expect(canvas).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  const loadedMs = Date.now() - started;
  expect(Number(await canvas.getAttribute('data-seat-count'))).toBeGreaterThanOrEqual(75_000);

  // Pan by dragging: each frame only copies the painted seats.
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  const frames: number[] = [];
  for (let step = 1; step <= 10; step += 1) {
    await page.mouse.move(box.x + box.width / 2 + step * 8, box.y + box.height / 2 + step * 4);
    frames.push(Number(await canvas.getAttribute('data-draw-ms')));
  }
  await page.mouse.up();

  // Find a seat with the keyboard, then click it where the map shows it.
  await canvas.focus();
  await page.keyboard.press('ArrowRight');
  const tooltip = page.getByTestId('seat-tooltip');
  await expect(tooltip).toContainText('свободно');
  const x = Number(await tooltip.getAttribute('data-x'));
  const y = Number(await tooltip.getAttribute('data-y'));
  const clicked = Date.now();
  await page.mouse.click(box.x + x, box.y + y);
  await expect(page.getByTestId('selected-count')).toHaveText('Выбрано мест: 1');
  const answeredMs = Date.now() - clicked;
  await expect(page.getByTestId('selected-total')).toContainText('₽');

  console.log(
    `stadium map: ${await canvas.getAttribute('data-seat-count')} seats, loaded and drawn in ${loadedMs} ms, ` +
      `pan frames ${Math.max(...frames).toFixed(1)} ms at most, a click answered in ${answeredMs} ms`,
  );
  expect(answeredMs).toBeLessThan(2_000);
});
