import { describe, expect, it } from 'vitest';
import { readScanned } from './scanned-code.ts';

describe('what the scanner read', () => {
  it('finds a booking number as printed, typed or inside a link', () => {
    expect(readScanned('K7M2QXH')).toEqual({ kind: 'booking_number', value: 'K7M2QXH' });
    expect(readScanned(' k7m-2qxh ')).toEqual({ kind: 'booking_number', value: 'K7M2QXH' });
    expect(readScanned('https://tickets.example/orders/confirm?bookingNumber=K7M2QXH&token=x')).toEqual({ kind: 'booking_number', value: 'K7M2QXH' });
  });

  it('tells a ticket code from a booking number, and refuses anything else', () => {
    expect(readScanned('ABCDEFGHIJKLMNOPQRST')).toEqual({ kind: 'ticket_code', value: 'ABCDEFGHIJKLMNOPQRST' });
    expect(readScanned('hello world').kind).toBe('unknown');
    expect(readScanned('K7M2QX0').kind).toBe('unknown');
  });
});
