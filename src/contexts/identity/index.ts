// The identity context: clients, staff, sessions, roles, organisations and their contracts.
// The only door other contexts (and the server wiring) use.
//
// Inside, it is split by sub-area, each with its routes, schemas, use cases and repository:
// sessions/ (login, logout, CSRF, throttling), password-reset/, clients/ (registration,
// profiles), staff/ (admin's staff accounts), corporate/ (organisations, contracts);
// rules/ are pure, crypto/ wraps node:crypto and argon2.
import type { ContextModule } from '../../server/contexts.ts';
import { identityCleanupJob } from './jobs.ts';
import { identityRoutes } from './routes.ts';

export const identityModule: ContextModule = { name: 'identity', routes: identityRoutes, jobs: [identityCleanupJob] };

export { sessionActorResolver } from './sessions/resolve-session-actor.ts';
export { findContractPrices, type ContractPrices } from './corporate/find-contract-prices.ts';
export { findContractTerms, type ContractTerms } from './corporate/find-contract-terms.ts';
export { deriveSecretKey } from './crypto/derive-secret-key.ts';
export { findClientContacts, getClientContacts, type ClientContacts, type ClientContactsPage } from './clients/find-client-contacts.ts';
export { auditActorOf } from './audit-actor.ts';
export { assertMayActOnClient } from './require-actor.ts';
export { createStaffUser } from './staff/create-staff-user.ts';
export { createStaffBody } from './staff/staff-contracts.ts';
export { identityDemoSeeder } from './demo/identity-demo-seeder.ts';
export { demoLogins, demoOrganization } from './demo/demo-logins.ts';
