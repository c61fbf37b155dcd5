import type { ComponentType } from 'react';
import type { Role } from '../../server/plugins/access.ts';
import type { TextKey } from '../i18n/texts/index.ts';

/**
 * The sections of the back office and the roles that see each (issue 9). The server
 * checks every call again; this only decides what the shell shows and refuses.
 *
 * A section's page is loaded when first visited (`load`), so a cashier's browser never
 * downloads the manager's calendar. The page owns the routes below its path
 * (`/office/<path>/*`); a section without `load` yet shows a placeholder.
 */
export interface OfficeSection {
  path: string;
  label: TextKey;
  roles: readonly Role[];
  load?: () => Promise<ComponentType>;
}

export const officeSections: readonly OfficeSection[] = [
  { path: 'requests', label: 'office.section.requests', roles: ['operator'], load: () => import('./operator/requests-section.tsx').then((module) => module.RequestsSection) },
  { path: 'box-office', label: 'office.section.boxOffice', roles: ['cashier'], load: () => import('./cashier/box-office-section.tsx').then((module) => module.BoxOfficeSection) },
  { path: 'accounts', label: 'office.section.accounts', roles: ['cashier'], load: () => import('./cashier/accounts-section.tsx').then((module) => module.AccountsSection) },
  { path: 'catalog', label: 'office.section.catalog', roles: ['manager'], load: () => import('./manager/catalog-section.tsx').then((module) => module.CatalogSection) },
  { path: 'corporate', label: 'office.section.corporate', roles: ['manager'], load: () => import('./manager/corporate/corporate-section.tsx').then((module) => module.CorporateSection) },
  { path: 'broadcasts', label: 'office.section.broadcasts', roles: ['manager'], load: () => import('./manager/broadcasts/broadcasts-section.tsx').then((module) => module.BroadcastsSection) },
  { path: 'reports', label: 'office.section.reports', roles: ['manager'], load: () => import('./reports/reports-section.tsx').then((module) => module.ReportsSection) },
  { path: 'orders', label: 'office.section.orders', roles: ['operator', 'cashier', 'manager'], load: () => import('./orders/orders-section.tsx').then((module) => module.OrdersSection) },
  { path: 'staff', label: 'office.section.staff', roles: ['admin'], load: () => import('./admin/staff-page.tsx').then((module) => module.StaffPage) },
  { path: 'audit', label: 'office.section.audit', roles: ['admin'], load: () => import('./admin/audit-page.tsx').then((module) => module.AuditPage) },
];

export const canSee = (section: OfficeSection, roles: readonly Role[]): boolean => section.roles.some((role) => roles.includes(role));

export const sectionsFor = (roles: readonly Role[]): OfficeSection[] => officeSections.filter((section) => canSee(section, roles));

/** The section a path (under /office) belongs to, if any. */
export const sectionOf = (path: string): OfficeSection | undefined => officeSections.find((section) => path === section.path || path.startsWith(`${section.path}/`));
