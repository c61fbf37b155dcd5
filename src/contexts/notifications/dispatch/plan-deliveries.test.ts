import { describe, expect, it } from 'vitest';
import type { ClientContacts } from '../../identity/index.ts';
import { planDeliveries } from './plan-deliveries.ts';

const anna: ClientContacts = {
  clientId: '11111111-1111-4111-8111-111111111111', fullName: 'Анна Смирнова', clientCode: 'anna', email: 'anna@example.com',
  phone: '+79123456789', messenger: { kind: 'telegram', chatId: '42' }, channels: { email: true, sms: true, messenger: true },
  news: false, locale: 'en', organizationId: null, disabled: false,
};
const plan = (topic: string, contacts: ClientContacts | null = anna, extra = {}) =>
  planDeliveries({ topic, contacts, clientId: anna.clientId, email: null, ...extra });

describe('planDeliveries', () => {
  it('sends a transactional message by every channel the client takes messages by, in their language', () => {
    expect(plan('order_to_confirm')).toEqual({
      lang: 'en',
      deliveries: [
        { channel: 'email', recipient: 'anna@example.com', via: 'email' },
        { channel: 'sms', recipient: '+79123456789', via: 'sms' },
        { channel: 'telegram', recipient: '42', via: 'messenger' },
      ],
    });
  });

  it('leaves out the channels the client turned off, and uses their messenger kind', () => {
    const contacts = { ...anna, messenger: { kind: 'vkteams' as const, chatId: 'anna@corp' }, channels: { email: false, sms: false, messenger: true } };
    expect(plan('payment_received', contacts).deliveries).toEqual([{ channel: 'vkteams', recipient: 'anna@corp', via: 'messenger' }]);
  });

  it('says why a message goes nowhere', () => {
    expect(plan('payment_received', { ...anna, channels: { email: false, sms: false, messenger: false } })).toMatchObject({ deliveries: [], note: 'the client takes messages by no channel' });
    expect(plan('payment_received', { ...anna, disabled: true })).toMatchObject({ deliveries: [], note: 'client account disabled' });
    expect(plan('payment_received', null)).toMatchObject({ deliveries: [], note: 'client not found' });
    expect(plan('broadcast', anna, { broadcastChannels: [] })).toMatchObject({ deliveries: [], note: 'not subscribed to this topic by any channel' });
  });

  it('sends a password reset by email even to a client who turned email notices off', () => {
    expect(plan('password_reset', { ...anna, channels: { email: false, sms: true, messenger: true } }).deliveries).toEqual([
      { channel: 'email', recipient: 'anna@example.com', via: 'email' },
    ]);
  });

  it('sends a broadcast only by the channels subscribed to its topic', () => {
    expect(plan('broadcast', anna, { broadcastChannels: ['sms'] }).deliveries).toEqual([{ channel: 'sms', recipient: '+79123456789', via: 'sms' }]);
  });

  it('sends a message for an address that is no client by email, in the language asked for', () => {
    expect(planDeliveries({ topic: 'password_reset', contacts: null, clientId: null, email: 'op@tickets.example', lang: 'en' })).toEqual({
      lang: 'en', deliveries: [{ channel: 'email', recipient: 'op@tickets.example', via: 'email' }],
    });
    expect(planDeliveries({ topic: 'password_reset', contacts: null, clientId: null, email: null })).toMatchObject({ deliveries: [] });
  });
});
