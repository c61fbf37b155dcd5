import { z } from 'zod';
import { staffRoles } from '../../../server/plugins/access.ts';

export const staffLoginSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{2,31}$/, 'must be 3 to 32 Latin letters, digits, dots, dashes or underscores, starting with a letter or digit');

const staffRolesSchema = z.array(z.enum(staffRoles)).min(1, 'must hold at least one role').max(staffRoles.length);
const optionalEmail = z.string().trim().toLowerCase().max(254).pipe(z.email({ message: 'must be an email address' })).nullable();

export const createStaffBody = z.object({
  login: staffLoginSchema,
  displayName: z.string().trim().min(2, 'must be given').max(200),
  email: optionalEmail.default(null),
  roles: staffRolesSchema,
  password: z.string().min(10, 'must be at least 10 characters').max(128),
});
export type CreateStaffBody = z.infer<typeof createStaffBody>;

export const updateStaffBody = z
  .object({
    displayName: z.string().trim().min(2, 'must be given').max(200),
    email: optionalEmail,
    roles: staffRolesSchema,
    disabled: z.boolean(),
  })
  .partial();
export type UpdateStaffBody = z.infer<typeof updateStaffBody>;

export const resetStaffPasswordBody = z.object({ password: z.string().min(10, 'must be at least 10 characters').max(128) });

export const staffUserSchema = z.object({
  userId: z.uuid(),
  login: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  roles: z.array(z.enum(staffRoles)),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type StaffUser = z.infer<typeof staffUserSchema>;

export type StaffRole = (typeof staffRoles)[number];

export const staffParams = z.object({ userId: z.uuid() });
