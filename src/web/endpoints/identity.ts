import type { z } from 'zod';
import type { RegisterBody, UpdateContactsBody, ClientProfile, registerBody } from '../../contexts/identity/clients/client-contracts.ts';
import type { ContractView, OrganizationView } from '../../contexts/identity/corporate/corporate-contracts.ts';
import type { actorSchema, passwordResetConfirmBody, passwordResetRequestBody, sessionStartedSchema } from '../../contexts/identity/sessions/auth-contracts.ts';
import { api } from '../api.ts';

// Sessions, registration and the client's own profile.

export type Actor = z.infer<typeof actorSchema>;
export type SessionStarted = z.infer<typeof sessionStartedSchema>;
export type RegisterInput = z.input<typeof registerBody>;
export type PasswordResetRequest = z.input<typeof passwordResetRequestBody>;
export type PasswordResetConfirm = z.input<typeof passwordResetConfirmBody>;
export type { RegisterBody, UpdateContactsBody, ClientProfile, ContractView, OrganizationView };

export interface Me {
  actor: Actor;
  client: ClientProfile | null;
  staff: { login: string; email: string | null } | null;
}

export const logIn = (login: string, password: string) => api.post<SessionStarted>('/api/auth/login', { login, password });
export const register = (body: RegisterInput) => api.post<SessionStarted & { clientId: string }>('/api/auth/register', body);
export const logOut = () => api.post<void>('/api/auth/logout');
export const getMe = () => api.get<Me>('/api/me');
export const updateMe = (body: UpdateContactsBody) => api.patch<ClientProfile>('/api/me', body);
export const changePassword = (currentPassword: string, newPassword: string) => api.post<void>('/api/me/password', { currentPassword, newPassword });
export const getMyContracts = () => api.get<{ organization: OrganizationView; contracts: ContractView[] }>('/api/me/contracts');

// Anonymous and exempt from the anti-forgery check: the person has no session yet.
export const requestPasswordReset = (body: PasswordResetRequest) => api.post<{ accepted: true }>('/api/auth/password-reset/request', body);
export const confirmPasswordReset = (body: PasswordResetConfirm) => api.post<void>('/api/auth/password-reset/confirm', body);
