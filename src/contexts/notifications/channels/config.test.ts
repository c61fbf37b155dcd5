import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { channelsEnvSchema, channelsFromEnv, closeChannels } from './config.ts';

const full = {
  SMTP_URL: 'smtp://mailer:pw@mail.example:587',
  SMTP_FROM: 'Tickets <noreply@tickets.example>',
  SMPP_URL: 'smpp://smsc.example:2775',
  SMPP_SYSTEM_ID: 'tickets',
  SMPP_PASSWORD: 'secret',
  SMPP_SOURCE_ADDR: 'TICKETS',
  VKTEAMS_TOKEN: '001.1:1',
  TELEGRAM_TOKEN: '1:A',
  PUBLIC_BASE_URL: 'https://tickets.example',
};

describe('channelsFromEnv', () => {
  it('leaves every channel unconfigured without variables, and such a channel refuses to deliver', async () => {
    const channels = channelsFromEnv({ SMTP_URL: '', TELEGRAM_TOKEN: '  ' });
    for (const channel of Object.values(channels)) {
      expect(channel.configured).toBe(false);
      expect(channel.describe()).toBe('not configured');
      expect(await channel.send({ id: '1', to: 'x', subject: 's', text: 't' })).toEqual({ kind: 'failed', reason: 'channel not configured' });
    }
    expect(channels.sms.start).toBeUndefined();
  });

  it('builds every channel from a full environment, without connecting yet', async () => {
    const channels = channelsFromEnv(full);
    expect(Object.fromEntries(Object.entries(channels).map(([name, c]) => [name, c.describe()]))).toEqual({
      email: 'smtp://mail.example:587',
      sms: 'smpp://smsc.example:2775',
      vkteams: 'https://api.icq.net/bot/v1',
      telegram: 'https://api.telegram.org',
    });
    expect(Object.values(channels).every((c) => c.configured)).toBe(true);
    await closeChannels(channels);
  });

  it('takes other API addresses, e.g. an on-premises VK Teams', () => {
    const channels = channelsFromEnv({ VKTEAMS_TOKEN: 't', VKTEAMS_API_URL: 'https://myteam.mail.ru/bot/v1/' });
    expect(channels.vkteams.describe()).toBe('https://myteam.mail.ru/bot/v1');
  });

  it('refuses half a configuration, naming what is missing', () => {
    const attempt = () => channelsFromEnv({ SMPP_URL: 'smpp://smsc.example', SMPP_SYSTEM_ID: 'tickets' });
    expect(attempt).toThrow(ZodError);
    const issues = channelsEnvSchema.safeParse({ SMTP_FROM: 'a@b.example' }).error?.issues.map((i) => i.path.join('.'));
    expect(issues).toEqual(['SMTP_URL']);
  });

  it('refuses URLs of the wrong kind', () => {
    expect(channelsEnvSchema.safeParse({ ...full, SMTP_URL: 'http://mail.example' }).success).toBe(false);
    expect(channelsEnvSchema.safeParse({ ...full, SMPP_URL: 'smsc.example:2775' }).success).toBe(false);
    expect(channelsEnvSchema.safeParse({ ...full, PUBLIC_BASE_URL: 'ftp://x' }).success).toBe(false);
    expect(channelsEnvSchema.parse(full).PUBLIC_BASE_URL).toBe('https://tickets.example');
  });
});
