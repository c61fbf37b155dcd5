import { describe, expect, it } from 'vitest';
import type { ClientContacts } from '../../identity/index.ts';
import { broadcastChannels, subscriptionMatrix } from './subscription-rules.ts';

const base: ClientContacts = {
  clientId: '11111111-1111-4111-8111-111111111111', fullName: 'Анна', clientCode: 'anna', email: 'anna@example.com',
  phone: '+79123456789', messenger: null, channels: { email: true, sms: false, messenger: false },
  news: true, locale: 'ru', organizationId: null, disabled: false,
};

describe('subscriptions', () => {
  it('takes the registration choice as the default: news by the channels the client takes messages by', () => {
    const matrix = subscriptionMatrix(base, []);
    expect(broadcastChannels(matrix, 'news')).toEqual(['email']);
    expect(broadcastChannels(matrix, 'price_changes')).toEqual(['email']);
    expect(broadcastChannels(subscriptionMatrix({ ...base, news: false }, []), 'news')).toEqual([]);
  });

  it('lets a later choice win for its topic and channel only', () => {
    const matrix = subscriptionMatrix(base, [
      { topic: 'news', channel: 'email', optedIn: false },
      { topic: 'schedule', channel: 'sms', optedIn: true },
    ]);
    expect(broadcastChannels(matrix, 'news')).toEqual([]);
    expect(broadcastChannels(matrix, 'schedule')).toEqual(['email', 'sms']);
    expect(broadcastChannels(matrix, 'sales_start')).toEqual(['email']);
  });

  it('never sends by a channel without its contact, nor to a disabled client', () => {
    const matrix = subscriptionMatrix(base, [{ topic: 'news', channel: 'messenger', optedIn: true }]);
    expect(matrix.news.messenger).toEqual({ available: false, optedIn: true, effective: false });
    expect(broadcastChannels(subscriptionMatrix({ ...base, disabled: true }, []), 'news')).toEqual([]);
  });
});
