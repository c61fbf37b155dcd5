import { z } from 'zod';

/** Environment variables the server reads. Each is validated at start; a bad value stops the start. */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** A PostgreSQL URL; when absent the embedded PGlite database in DATA_DIR is used. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Load the demo catalog and demo users on the first start (when the catalog is empty). */
  DEMO_DATA: booleanFlag.default(true),
  /** The address clients use to reach the portal, for links in messages. */
  PUBLIC_BASE_URL: z.url().default('http://localhost:3000'),
  /** Behind a reverse proxy: believe its X-Forwarded-For for the client's address. */
  TRUST_PROXY: booleanFlag.default(false),
  /** Run background jobs (hold expiry, message dispatch) in this process. */
  BACKGROUND_JOBS: booleanFlag.default(true),
  /**
   * The AES-256-GCM key for personal data at rest (identity document numbers): 32 random
   * bytes as 64 hex digits or base64 (`openssl rand -base64 32`). Required with DATABASE_URL;
   * on the embedded database it may be left out, and the key is then kept in DATA_DIR/secret.key
   * (generated on the first start). Losing the key loses the document numbers.
   */
  PII_ENCRYPTION_KEY: z
    .string()
    .refine((value) => decodeKey(value) !== null, 'must be 32 bytes as 64 hex digits or base64 (openssl rand -base64 32)')
    .optional(),
  /** A session ends after this long without a request, and in any case this long after login. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(12 * 60),
  SESSION_MAX_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  /** The first admin, created at start when no user has this login (or use `npm run admin:create`). */
  ADMIN_LOGIN: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{2,31}$/, 'must be 3-32 letters, digits, dots, dashes or underscores').optional(),
  ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  /**
   * Signs the links in messages (an order's confirmation link): at least 32 characters
   * (`openssl rand -base64 32`); every process on one database must share it. Without it
   * the key is derived from PII_ENCRYPTION_KEY when that is set (so processes on one
   * PostgreSQL agree), else generated at start for the embedded demo (logged; links sent
   * before a restart then stop working).
   */
  LINK_SIGNING_KEY: z.string().trim().min(32, 'must be at least 32 characters (openssl rand -base64 32)').optional(),
}).superRefine((config, ctx) => {
  if (config.DATABASE_URL && !config.PII_ENCRYPTION_KEY) {
    ctx.addIssue({
      code: 'custom',
      path: ['PII_ENCRYPTION_KEY'],
      message: 'is required with DATABASE_URL: personal data is encrypted with it (generate one with `openssl rand -base64 32`, and keep it safe)',
    });
  }
  if (Boolean(config.ADMIN_LOGIN) !== Boolean(config.ADMIN_PASSWORD)) {
    ctx.addIssue({ code: 'custom', path: [config.ADMIN_LOGIN ? 'ADMIN_PASSWORD' : 'ADMIN_LOGIN'], message: 'ADMIN_LOGIN and ADMIN_PASSWORD go together' });
  }
});

/** The 32 bytes of an encryption key given as 64 hex digits or base64; null when it is neither. */
export function decodeKey(value: string): Buffer | null {
  const text = value.trim();
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(text)) {
    const bytes = Buffer.from(text, 'base64');
    if (bytes.length === 32) return bytes;
  }
  return null;
}

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Reads and validates the configuration; the error names every variable at fault. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const relevant = Object.fromEntries(
    Object.keys(configSchema.shape).flatMap((key) => (env[key] === undefined || env[key] === '' ? [] : [[key, env[key]]])),
  );
  const parsed = configSchema.safeParse(relevant);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
