import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/i18n-context.tsx';
import { ordersCsv, ordersCsvName, type OrderCsvRow } from './orders-csv.ts';

const row: OrderCsvRow = {
  id: 'o1', bookingNumber: 'K7M2QXH', status: 'partially_issued', statusLabel: { ru: '', en: '' }, paymentStatus: 'partially_paid', paymentStatusLabel: { ru: '', en: '' },
  currency: 'RUB', totalMinor: 1_350_050, paidMinor: 500_000, confirmDeadline: null, confirmedAt: null, reason: null, createdAt: '2026-06-01T10:00:00.000Z',
  clientId: 'c1', contractId: null, ticketCount: 3, clientName: 'Иванова, Мария (=cmd)',
};

describe('the orders CSV', () => {
  it('has a header and one line per order, with statuses in words and money in roubles and kopecks', () => {
    const text = ordersCsv(translator('ru'), [row]);
    const [header, line, end] = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toContain('Номер брони');
    expect(line).toBe('K7M2QXH,2026-06-01T10:00:00.000Z,Частично выдан,Частично оплачено,13500.50,1350050,5000.00,500000,8500.50,850050,3,"Иванова, Мария (=cmd)",c1,RUB');
    expect(end).toBe('');
  });

  it('speaks English when the office does, and names the file by the day', () => {
    expect(ordersCsv(translator('en'), [row])).toContain('Partially issued');
    expect(ordersCsvName(new Date(2026, 5, 1, 23, 59))).toBe('orders-2026-06-01.csv');
  });
});
