/*
 * Environment variables of the delivery channels. A channel whose variables are all
 * absent is "not configured" (it refuses messages); half a configuration is an error
 * at startup, since it is a typo rather than a decision.
 *
 *   SMTP_URL           smtp://user:pass@host:587 (STARTTLS) or smtps://user:pass@host:465
 *   SMTP_FROM          From header, e.g. "Билеты" <noreply@tickets.example>
 *   SMPP_URL           smpp://host:2775 or ssmpp://host:3550
 *   SMPP_SYSTEM_ID     bind_transceiver system_id
 *   SMPP_PASSWORD      bind_transceiver password
 *   SMPP_SYSTEM_TYPE   optional, when the SMSC asks for one
 *   SMPP_SOURCE_ADDR   sender: alphanumeric name (TICKETS) or number (+79001234567)
 *   VKTEAMS_API_URL    default https://api.icq.net/bot/v1 (VK Teams installations have their own)
 *   VKTEAMS_TOKEN      bot token from Metabot
 *   TELEGRAM_API_URL   default https://api.telegram.org
 *   TELEGRAM_TOKEN     bot token from BotFather
 *   PUBLIC_BASE_URL    https://tickets.example, the origin of links put into messages
 */
import { z } from 'zod';
import { ConfigError } from '../../../server/config.ts';
import { type Channel, type ChannelName, unconfiguredChannel } from './channel.ts';
import { createEmailChannel } from './email-channel.ts';
import { createTelegramChannel } from './messenger/telegram-channel.ts';
import { createVkTeamsChannel } from './messenger/vkteams-channel.ts';
import { createSmsChannel, type SmsChannel, type SmsHooks } from './sms/sms-channel.ts';

// An empty variable (FOO= in a .env file) means "not set".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

export const channelsEnvSchema = z
  .object({
    SMTP_URL: optional(z.url({ protocol: /^smtps?$/ })),
    SMTP_FROM: optional(z.string()),
    SMPP_URL: optional(z.url({ protocol: /^s?smpp$/ })),
    SMPP_SYSTEM_ID: optional(z.string()),
    SMPP_PASSWORD: optional(z.string()),
    SMPP_SYSTEM_TYPE: optional(z.string()),
    SMPP_SOURCE_ADDR: optional(z.string()),
    VKTEAMS_API_URL: optional(z.url({ protocol: /^https?$/ })).default('https://api.icq.net/bot/v1'),
    VKTEAMS_TOKEN: optional(z.string()),
    TELEGRAM_API_URL: optional(z.url({ protocol: /^https?$/ })).default('https://api.telegram.org'),
    TELEGRAM_TOKEN: optional(z.string()),
    PUBLIC_BASE_URL: optional(z.url({ protocol: /^https?$/ })),
  })
  .superRefine((env, ctx) => {
    const groups: Array<[string, Array<keyof typeof env>]> = [
      ['email', ['SMTP_URL', 'SMTP_FROM']],
      ['sms', ['SMPP_URL', 'SMPP_SYSTEM_ID', 'SMPP_PASSWORD', 'SMPP_SOURCE_ADDR']],
    ];
    for (const [channel, keys] of groups) {
      const missing = keys.filter((key) => env[key] === undefined);
      if (missing.length > 0 && missing.length < keys.length) {
        for (const key of missing) ctx.addIssue({ code: 'custom', path: [key], message: `${key} is needed for the ${channel} channel` });
      }
    }
  });

export type ChannelsEnv = z.infer<typeof channelsEnvSchema>;

export interface Channels {
  email: Channel;
  sms: Channel & Partial<Pick<SmsChannel, 'start'>>;
  vkteams: Channel;
  telegram: Channel;
}

/**
 * Builds every channel from the environment (throws a ZodError on a bad one). The
 * SMS hooks receive delivery receipts and subscribers' answers; call `sms.start?.()`
 * at boot to bind before the first message goes out.
 */
export function channelsFromEnv(env: Record<string, string | undefined>, smsHooks: SmsHooks = {}): Channels {
  const e = channelsEnvSchema.parse(env);
  return {
    email: e.SMTP_URL && e.SMTP_FROM ? createEmailChannel({ url: e.SMTP_URL, from: e.SMTP_FROM }) : unconfiguredChannel('email'),
    sms:
      e.SMPP_URL && e.SMPP_SYSTEM_ID && e.SMPP_PASSWORD && e.SMPP_SOURCE_ADDR
        ? createSmsChannel(
            {
              url: e.SMPP_URL,
              systemId: e.SMPP_SYSTEM_ID,
              password: e.SMPP_PASSWORD,
              sourceAddr: e.SMPP_SOURCE_ADDR,
              ...(e.SMPP_SYSTEM_TYPE === undefined ? {} : { systemType: e.SMPP_SYSTEM_TYPE }),
            },
            smsHooks,
          )
        : unconfiguredChannel('sms'),
    vkteams: e.VKTEAMS_TOKEN ? createVkTeamsChannel({ apiUrl: e.VKTEAMS_API_URL, token: e.VKTEAMS_TOKEN }) : unconfiguredChannel('vkteams'),
    telegram: e.TELEGRAM_TOKEN
      ? createTelegramChannel({ apiUrl: e.TELEGRAM_API_URL, token: e.TELEGRAM_TOKEN })
      : unconfiguredChannel('telegram'),
  };
}

/** channelsFromEnv for the server's start: a bad variable stops it with a message naming the variable. */
export function loadChannels(env: Record<string, string | undefined>, smsHooks: SmsHooks = {}): Channels {
  try {
    return channelsFromEnv(env, smsHooks);
  } catch (error) {
    if (!(error instanceof z.ZodError)) throw error;
    const lines = error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid channel configuration:\n${lines.join('\n')}`);
  }
}

/** Closes every channel (SMPP unbinds, the SMTP pool drains). */
export async function closeChannels(channels: Channels): Promise<void> {
  await Promise.all(Object.values(channels).map((channel: Channel) => channel.close()));
}

export const CHANNEL_NAMES: readonly ChannelName[] = ['email', 'sms', 'vkteams', 'telegram'];
