import { z } from 'zod';
import { roles } from '../../../server/plugins/access.ts';

export const actorSchema = z.object({
  userId: z.uuid(),
  kind: z.enum(['client', 'staff']),
  roles: z.array(z.enum(roles)),
  clientId: z.uuid().nullable(),
  organizationId: z.uuid().nullable(),
  displayName: z.string(),
});

export const loginBody = z.object({
  login: z.string().trim().min(1, 'must be given: your client code, email or staff login').max(254),
  password: z.string().min(1, 'must be given').max(1024),
});

/** What login and registration answer besides the cookie: the token the next writes must send. */
export const sessionStartedSchema = z.object({
  csrfToken: z.string(),
  expiresAt: z.string(),
  actor: actorSchema,
});

export const csrfSchema = z.object({ csrfToken: z.string() });

export const passwordResetRequestBody = z.object({
  login: z.string().trim().min(1, 'must be given: your client code, email or staff login').max(254),
});

export const passwordResetConfirmBody = z.object({
  token: z.string().min(1, 'must be given').max(200),
  password: z.string().min(10, 'must be at least 10 characters').max(128, 'must be at most 128 characters'),
});

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1, 'must be given').max(1024),
  newPassword: z.string().min(10, 'must be at least 10 characters').max(128, 'must be at most 128 characters'),
});
