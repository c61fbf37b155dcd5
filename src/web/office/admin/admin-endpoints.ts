import type { CreateStaffBody, StaffRole, StaffUser, UpdateStaffBody } from '../../../contexts/identity/staff/staff-contracts.ts';
import { api } from '../../api.ts';

// The administrator's API: staff accounts with their roles, and the audit log.

export type { StaffRole, StaffUser };

export const staffRoleList: readonly StaffRole[] = ['operator', 'cashier', 'manager', 'admin'];

export const listStaff = () => api.get<{ items: StaffUser[] }>('/api/admin/staff');
export const createStaff = (body: Omit<CreateStaffBody, 'email'> & { email?: string | null }) => api.post<StaffUser>('/api/admin/staff', body);
export const updateStaff = (userId: string, body: UpdateStaffBody) => api.patch<StaffUser>(`/api/admin/staff/${encodeURIComponent(userId)}`, body);
export const resetStaffPassword = (userId: string, password: string) => api.post<void>(`/api/admin/staff/${encodeURIComponent(userId)}/password`, { password });

/** One entry of the audit log (src/contexts/audit/routes.ts). */
export interface AuditEntry {
  id: number;
  at: string;
  actorId: string | null;
  actorKind: 'client' | 'staff' | 'system';
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  requestId: string | null;
}

export interface AuditFilter {
  entity?: string | undefined;
  entityId?: string | undefined;
  actorId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export const listAudit = (filter: AuditFilter, cursor?: number) =>
  api.get<{ items: AuditEntry[]; nextCursor: number | null }>('/api/admin/audit', { query: { ...filter, cursor, limit: 50 } });
