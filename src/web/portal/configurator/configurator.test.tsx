import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../app.tsx';
import { Configurator } from './configurator.tsx';
import { controlOfField, initialChoice, rulesOf, toLine } from './configurator-rules.ts';
import { fixedRoute, freeVisit, groupTour, museumIds as ids, singleVisit, themedTour } from './museum-fixtures.ts';

const now = new Date('2025-05-20T09:00:00Z');

describe('configurator rules (seed 002 flags)', () => {
  it('scenario 1: the objects are locked to the required ones; a bare number of visitors is asked', () => {
    const rules = rulesOf(fixedRoute, 'Europe/Moscow', now);
    expect(rules).toMatchObject({ objects: 'locked', visitors: 'none', askVisitorCount: true, pricedByObject: true, pricedByCount: true, askVisit: false });
    expect(rules.validity).toEqual({ kind: 'days_from_payment', days: 30 });
    expect(toLine(fixedRoute, initialChoice(fixedRoute))).toEqual({ serviceId: fixedRoute.id, visitObjectIds: [ids.main, ids.gallery], visitorCount: 1 });
  });

  it('scenario 2: objects are chosen freely, in catalog order, with visitors by category', () => {
    const rules = rulesOf(freeVisit, 'Europe/Moscow', now);
    expect(rules).toMatchObject({ objects: 'choose', visitors: 'choose', oneCategory: false, askVisitorCount: false });
    expect(rules.validity).toEqual({ kind: 'days_from_first_visit', days: 90 });
    const choice = { ...initialChoice(freeVisit), visitObjectIds: [ids.manor, ids.main], visitors: { [ids.adult]: 2, [ids.student]: 1 } };
    expect(toLine(freeVisit, choice)).toEqual({
      serviceId: freeVisit.id,
      visitObjectIds: [ids.main, ids.manor],
      visitors: [{ categoryId: ids.adult, count: 2 }, { categoryId: ids.student, count: 1 }],
    });
    expect(toLine(freeVisit, { ...choice, visitObjectIds: [] }).visitObjectIds).toEqual([]);
  });

  it('scenario 3: the fixed category and count come preset and locked', () => {
    expect(rulesOf(groupTour, 'Europe/Moscow', now)).toMatchObject({ visitors: 'locked', objects: 'none' });
    expect(toLine(groupTour, initialChoice(groupTour))).toEqual({ serviceId: groupTour.id, visitors: [{ categoryId: ids.group, count: 10 }] });
  });

  it('scenario 4: one category per line is a rule shown, and a second category is sent as chosen (the server refuses it)', () => {
    expect(rulesOf(singleVisit, 'Europe/Moscow', now)).toMatchObject({ oneCategory: true, pricedByCount: false });
    const two = { ...initialChoice(singleVisit), visitors: { [ids.adult]: 1, [ids.child]: 2 } };
    expect(toLine(singleVisit, two).visitors).toHaveLength(2);
  });

  it('scenario 5: date and time are required, and the date input is bounded by the window in the venue time zone', () => {
    const rules = rulesOf(themedTour('2025-06-01T00:00:00+03:00', '2025-08-31T23:59:59+03:00'), 'Europe/Moscow', now);
    expect(rules).toMatchObject({ needDate: true, needTime: true, askVisit: true, dateMin: '2025-06-01', dateMax: '2025-08-31' });
    expect(rules.validity).toEqual({ kind: 'within_window', from: '2025-06-01', to: '2025-08-31' });
    const inside = rulesOf(themedTour('2025-05-01T00:00:00+03:00', '2025-08-31T23:59:59+03:00'), 'Europe/Moscow', now);
    expect(inside.dateMin).toBe('2025-05-20');
  });

  it('puts a refusal on the control the server names', () => {
    const choice = { ...initialChoice(freeVisit), visitors: { [ids.adult]: 1, [ids.child]: 3 } };
    expect(controlOfField(freeVisit, choice, 'lines.0.visitObjectIds')).toBe('objects');
    expect(controlOfField(freeVisit, choice, 'lines.0.visitors.1.count')).toBe(`visitor:${ids.child}`);
    expect(controlOfField(freeVisit, choice, 'lines.0.visitors')).toBe('visitors');
    expect(controlOfField(freeVisit, choice, 'body.lines.0.visitDate')).toBe('visitDate');
    expect(controlOfField(freeVisit, choice, 'lines.0.serviceId')).toBe('service');
  });
});

/** A fetch that answers /api/me with 401 and /api/quotes with what `quote` returns for the sent line. */
function serverWith(quote: (line: Record<string, unknown>) => { status: number; body: unknown }) {
  const calls: Record<string, unknown>[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (url.startsWith('/api/quotes')) {
      const line = (JSON.parse(String(init?.body)) as { lines: Record<string, unknown>[] }).lines[0]!;
      calls.push(line);
      const answer = quote(line);
      return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': answer.status < 300 ? 'application/json' : 'application/problem+json' } });
    }
    return new Response(JSON.stringify({ status: 401, code: 'login_required', detail: 'Log in' }), { status: 401, headers: { 'content-type': 'application/problem+json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

const quoted = (amountMinor: number) => ({
  status: 200,
  body: { lines: [{ lineIndex: 0, kind: 'museum', unitPriceMinor: null, quantity: 1, amountMinor, currency: 'RUB', factors: [], validity: null, description: '' }], totalMinor: amountMinor, currency: 'RUB' },
});
const refused = (code: string, field: string, detail = code) => ({ status: 422, body: { type: 'about:blank', title: 'Unprocessable Content', status: 422, code, detail, field } });

afterEach(() => vi.unstubAllGlobals());

describe('configurator', () => {
  it('shows fixed objects locked and prices the route live', async () => {
    serverWith(() => quoted(160_000));
    render(<App lang="ru"><Configurator service={fixedRoute} timeZone="Europe/Moscow" onAdd={() => undefined} /></App>);
    const objects = screen.getByRole('group', { name: 'Объекты посещения' });
    for (const box of within(objects).getAllByRole<HTMLInputElement>('checkbox')) {
      expect(box.checked).toBe(true);
      expect(box.disabled).toBe(true);
    }
    expect(within(objects).getByText(/Состав фиксирован услугой/)).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('quote-total').textContent).toMatch(/1\s?600/));
  });

  it('shows a second category refused next to the visitors, naming the rule, and will not add the line', async () => {
    const calls = serverWith((line) => ((line.visitors as unknown[]).length > 1 ? refused('IsUseOneCategory', 'lines.0.visitors') : quoted(60_000)));
    const onAdd = vi.fn();
    render(<App lang="ru"><Configurator service={singleVisit} timeZone="Europe/Moscow" onAdd={onAdd} /></App>);
    expect(screen.getByText(/Только одна категория посетителей/)).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('quote-total').textContent).toMatch(/600/));
    const child = screen.getByLabelText('Детский: число посетителей');
    await userEvent.clear(child);
    await userEvent.type(child, '1');
    const visitors = screen.getByRole('group', { name: 'Посетители' });
    await waitFor(() => expect(within(visitors).getByText(/только одну категорию.*IsUseOneCategory/)).toBeTruthy());
    expect(visitors.getAttribute('aria-describedby')).toContain(within(visitors).getByText(/IsUseOneCategory/).id);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Добавить в корзину' }).disabled).toBe(true);
    expect(calls.at(-1)).toMatchObject({ visitors: [{ categoryId: ids.adult, count: 1 }, { categoryId: ids.child, count: 1 }] });
  });

  it('keeps the fixed group locked', async () => {
    serverWith(() => quoted(350_000));
    render(<App lang="en"><Configurator service={groupTour} timeZone="Europe/Moscow" onAdd={() => undefined} /></App>);
    const count = screen.getByLabelText('Группа: number of visitors');
    expect(count).toHaveProperty('readOnly', true);
    expect(screen.getByText(/set by the service and cannot be changed/)).toBeTruthy();
  });

  it('marks a missing visit date at the date input, then adds the priced line', async () => {
    serverWith((line) => (line.visitDate ? quoted(90_000) : refused('IsNeedVisitDate', 'lines.0.visitDate')));
    const onAdd = vi.fn();
    render(<App lang="ru"><Configurator service={themedTour('2025-06-01T00:00:00+03:00', '2030-08-31T23:59:59+03:00')} timeZone="Europe/Moscow" onAdd={onAdd} /></App>);
    const date = screen.getByLabelText(/Дата посещения/);
    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(date.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent).toMatch(/IsNeedVisitDate/);
    await userEvent.type(date, '2030-06-10');
    await waitFor(() => expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Добавить в корзину' }).disabled).toBe(false));
    await userEvent.click(screen.getByRole('button', { name: 'Добавить в корзину' }));
    expect(onAdd).toHaveBeenCalledWith(expect.objectContaining({ kind: 'service', amountMinor: 90_000, line: expect.objectContaining({ visitDate: '2030-06-10' }) }));
  });
});
