import type { AccountStatement, PayOnlineBody, PayOnlineResult } from '../../contexts/payments/contracts.ts';
import { api } from '../api.ts';
import { type Capabilities, type Operation, fillPath } from './capabilities.ts';

// The money side of the account: paying an order online from the internal account
// (by the linked card) or from a corporate contract, and the statements. Whether the
// server offers each is read from its OpenAPI document (capabilities.ts), so the
// portal shows only buttons that lead somewhere.

export type { AccountStatement, PayOnlineBody, PayOnlineResult };
export type Movement = AccountStatement['movements'][number];

export const payPath = '/api/my/orders/{orderId}/pay';
export const accountPath = '/api/my/account';

export const canPay = (capabilities: Capabilities): boolean => capabilities.find('POST', (path) => path === payPath) !== null;
export const hasAccount = (capabilities: Capabilities): boolean => capabilities.find('GET', (path) => path === accountPath) !== null;
export const hasContractAccount = (capabilities: Capabilities): boolean =>
  capabilities.find('GET', (path) => path === '/api/my/contracts/{contractId}/account') !== null;

export const payOrder = (orderId: string, body: PayOnlineBody) => api.post<PayOnlineResult>(fillPath(payPath, orderId), body);
export const getMyAccount = (page: { limit?: number; offset?: number } = {}) => api.get<AccountStatement>(accountPath, { query: page });
export const getMyContractAccount = (contractId: string) => api.get<AccountStatement>(`/api/my/contracts/${encodeURIComponent(contractId)}/account`);

const clientSide = (path: string) => !/\/(staff|admin)\//.test(path);
const orderScoped = (path: string) => /^\/api\/(my\/)?orders\/\{[^}]+\}\//.test(path);

/** The PDF tickets of an order for its client (…/orders/{id}/tickets.pdf or similar), once the server has it. */
export function findTicketsPdf(capabilities: Capabilities): Operation | null {
  return (
    capabilities.operations.find(
      (operation) => operation.method === 'GET' && clientSide(operation.path) && orderScoped(operation.path) && (operation.path.includes('pdf') || operation.produces.includes('application/pdf')),
    ) ?? null
  );
}

export const ticketsPdfUrl = (operation: Operation, orderId: string): string => fillPath(operation.path, orderId);
