import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SeatMapResponse } from '../../../contexts/catalog/seat-map/contracts.ts';
import { App } from '../../app.tsx';
import { lineOf } from '../basket/basket-items.ts';
import { createBasketStore } from '../basket/basket-store.tsx';
import { SeatMapPanel } from './seat-map-panel.tsx';

const eventId = '11111111-1111-4111-8111-111111111111';
const zoneId = '22222222-2222-4222-8222-222222222222';
const floorId = '33333333-3333-4333-8333-333333333333';
const seatId = (ordinal: number) => `44444444-4444-4444-8444-${String(ordinal).padStart(12, '0')}`;

// A hall of two rows of four seats (ordinal 2 taken) and a dance floor of 100 places.
const map: SeatMapResponse = {
  event: { id: eventId, kind: 'concert', title: 'Концерт', status: 'scheduled', startsAt: '2030-06-01T16:00:00Z', endsAt: '2030-06-01T19:00:00Z', venue: { id: eventId, name: 'Стадион', timeZone: 'Europe/Moscow', currency: 'RUB' }, hall: { id: eventId, name: 'Арена' }, film: null },
  geometry: { version: 'v1', seatCount: 8, ordinalCount: 8, bounds: { minX: 0, minY: 0, maxX: 3, maxY: 1 }, rows: [{ z: 0, r: '1', x: 0, y: 0, dx: 1, dy: 0, n: 4 }, { z: 0, r: '2', x: 0, y: 1, dx: 1, dy: 0, n: 4 }] },
  zones: [
    { id: zoneId, code: 'a1', name: 'Сектор A1', kind: 'seated', coefficient: '1.0000', color: '#1f77b4', capacity: null, seatCount: 8, bounds: { minX: 0, minY: 0, maxX: 3, maxY: 1 }, onSale: true, priceMinor: 250_000 },
    { id: floorId, code: 'floor', name: 'Танцпол', kind: 'general_admission', coefficient: '1.0000', color: null, capacity: 100, seatCount: 0, bounds: null, onSale: true, priceMinor: 400_000 },
  ],
  availability: { eventId, at: '2030-05-01T10:00:00Z', geometryVersion: 'v1', seats: btoa(String.fromCharCode(0b11011111)), freeSeats: 7, zones: [{ zoneId, total: 8, free: 7 }, { zoneId: floorId, total: 100, free: 3 }] },
};

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input), 'http://portal.test');
      const body =
        url.pathname.endsWith('/seat-map')
          ? map
          : url.pathname.endsWith('/seats')
            ? { items: url.searchParams.get('ordinals')!.split(',').map(Number).map((ordinal) => ({ ordinal, seatId: seatId(ordinal), zoneId, row: String(1 + (ordinal >> 2)), label: String(1 + (ordinal % 4)) })) }
            : { status: 401, code: 'login_required', detail: 'Log in' };
      return new Response(JSON.stringify(body), { status: 'status' in body ? 401 : 200, headers: { 'content-type': 'application/json' } });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('seat map panel', () => {
  it('picks free seats from the accessible list and puts them in the basket by seat id, one line per zone', async () => {
    const basket = createBasketStore(localStorage);
    render(
      <App lang="ru" basket={basket}>
        <MemoryRouter>
          <SeatMapPanel event={{ eventId, title: 'Концерт', startsAt: map.event.startsAt, timeZone: 'Europe/Moscow', venueName: 'Стадион' }} />
        </MemoryRouter>
      </App>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Список свободных мест' }));
    expect(screen.queryByLabelText('Ряд 1, место 3')).toBeNull(); // taken: not listed
    await userEvent.click(screen.getByLabelText('Ряд 1, место 2'));
    await userEvent.click(screen.getByLabelText('Ряд 2, место 4'));
    expect(screen.getByTestId('selected-count').textContent).toBe('Выбрано мест: 2');
    expect(screen.getByTestId('selected-total').textContent).toMatch(/5\s000\s₽/);

    await userEvent.click(screen.getByRole('button', { name: 'Добавить в корзину' }));
    await waitFor(() => expect(basket.items()).toHaveLength(1));
    expect(lineOf(basket.items()[0]!)).toEqual({ eventId, zoneId, seatIds: [seatId(1), seatId(7)] });
    expect(screen.getByText(/Места добавлены в корзину\./)).toBeTruthy();
  });

  it('sells general-admission places by quantity, within what is free', async () => {
    const basket = createBasketStore(localStorage);
    render(
      <App lang="ru" basket={basket}>
        <MemoryRouter>
          <SeatMapPanel event={{ eventId, title: 'Концерт', startsAt: map.event.startsAt, timeZone: 'Europe/Moscow', venueName: 'Стадион' }} />
        </MemoryRouter>
      </App>,
    );
    const quantity = await screen.findByLabelText('Количество мест: Танцпол');
    await userEvent.clear(quantity);
    await userEvent.type(quantity, '5');
    await userEvent.click(screen.getByRole('button', { name: 'Добавить в корзину: Танцпол' }));
    expect(screen.getByText('Свободно только 3.')).toBeTruthy();
    expect(basket.items()).toHaveLength(0);
    await userEvent.clear(quantity);
    await userEvent.type(quantity, '2');
    await userEvent.click(screen.getByRole('button', { name: 'Добавить в корзину: Танцпол' }));
    expect(lineOf(basket.items()[0]!)).toEqual({ eventId, zoneId: floorId, quantity: 2 });
  });
});
