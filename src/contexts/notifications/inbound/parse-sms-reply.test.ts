import { describe, expect, it } from 'vitest';
import { BOOKING_NUMBER, parseSmsReply } from './parse-sms-reply.ts';

const confirm = (bookingNumber: string) => ({ kind: 'confirm', bookingNumber });

describe('parseSmsReply', () => {
  it.each([
    ['ДА AB23C-X', 'AB23CX'],
    ['да ab23cx', 'AB23CX'],
    ['YES AB23CX', 'AB23CX'],
    ['Yes, AB23CX', 'AB23CX'],
    ['yes ab 23 cx', 'AB23CX'],
    ['Да - AB23-CX', 'AB23CX'],
    ['  ДА   AB23CX!  ', 'AB23CX'],
    ['DA AB23CX.', 'AB23CX'],
    ['«ДА AB23CX»', 'AB23CX'],
    ['ДА\nAB23CX', 'AB23CX'],
    ['Да, ZZZZ99999Z', 'ZZZZ99999Z'],
  ])('confirms %j as %s', (text, number) => {
    expect(parseSmsReply(text)).toEqual(confirm(number));
  });

  it('maps Cyrillic look-alike letters typed in the number to Latin', () => {
    // А В С Х Е К М Н Р Т here are all Cyrillic.
    expect(parseSmsReply('да АВ23СХ')).toEqual(confirm('AB23CX'));
    expect(parseSmsReply('ДА екмнрт')).toEqual(confirm('EKMHPT'));
    expect(parseSmsReply('YES ав-23-сх')).toEqual(confirm('AB23CX'));
  });

  it.each([
    [''],
    ['ДА'],
    ['Да!'],
    ['НЕТ AB23CX'],
    ['AB23CX'],
    ['YESTERDAY'], // no separator after the keyword
    ['ДААВ23СХ'],
    ['ДА AB23C'], // 5 characters
    ['ДА ABCDEFGHJKM'], // 11 characters
    ['ДА AB12CX'], // 1 is not in the alphabet
    ['ДА AB0OCX'], // neither are 0 and O (Cyrillic О maps to O, still refused)
    ['YES PLEASE'], // L is not in the alphabet
    ['ДА AB23CX спасибо'],
    ['ДА AB23CЖ'],
  ])('does not take %j for a confirmation', (text) => {
    expect(parseSmsReply(text)).toEqual({ kind: 'unknown' });
  });

  it('accepts exactly the unambiguous alphabet', () => {
    expect(BOOKING_NUMBER.test('23456789')).toBe(true);
    expect(BOOKING_NUMBER.test('ABCDEFGHJK')).toBe(true);
    expect(BOOKING_NUMBER.test('MNPQRSTUVW')).toBe(true);
    for (const bad of ['0', 'O', '1', 'I', 'L']) expect(BOOKING_NUMBER.test(`ABCDE${bad}`)).toBe(false);
  });
});
