import { conflict, notFound } from '../../../shared/errors.ts';

export const organizationNotFound = () => notFound('organization_not_found', 'There is no such organisation.', { field: 'params.organizationId' });
export const contractNotFound = () => notFound('contract_not_found', 'There is no such contract.', { field: 'params.contractId' });
export const taxIdTaken = () => conflict('tax_id_taken', 'taxId: an organisation with this INN exists already.', { field: 'body.taxId' });
export const contractNumberTaken = () => conflict('contract_number_taken', 'number: a contract with this number exists already.', { field: 'body.number' });
export const contractOverlaps = (other: string, field = 'body.validFrom') =>
  conflict('contract_period_overlaps', `The organisation's active contract ${other} covers part of this period: one active contract at a time.`, { field });
