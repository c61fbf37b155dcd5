import type { Role } from '../../../server/plugins/access.ts';

/** One demo user per role; other contexts' tests log in with these, so they never change. */
export const demoLogins = {
  client: { login: 'client', password: 'client-demo-1' },
  corporate: { login: 'corporate', password: 'corporate-demo-1' },
  operator: { login: 'operator', password: 'operator-demo-1' },
  cashier: { login: 'cashier', password: 'cashier-demo-1' },
  manager: { login: 'manager', password: 'manager-demo-1' },
  admin: { login: 'admin', password: 'admin-demo-1' },
} as const satisfies Record<Role, { login: string; password: string }>;

export const demoOrganization = { name: 'ООО «Спорт-Сервис»', taxId: '7701234567', contractNumber: 'Д-2025/001' } as const;
