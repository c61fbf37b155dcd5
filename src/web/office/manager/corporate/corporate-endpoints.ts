import type {
  ContractPriceInput, ContractView, CreateContractBody, OrganizationBody, OrganizationDetail, OrganizationView, UpdateContractBody, UpdateOrganizationBody,
} from '../../../../contexts/identity/corporate/corporate-contracts.ts';
import { api } from '../../../api.ts';

// Corporate clients: organisations, their representatives, and contracts with special prices.

export type { ContractPriceInput, ContractView, OrganizationDetail, OrganizationView };

const at = (path: string, id: string, rest = '') => `/api/${path}/${encodeURIComponent(id)}${rest}`;

export const listOrganizations = (search?: string) => api.get<{ items: OrganizationView[] }>('/api/organizations', { query: { search } });
export const createOrganization = (body: Partial<OrganizationBody> & Pick<OrganizationBody, 'name' | 'taxId'>) => api.post<OrganizationView>('/api/organizations', body);
export const getOrganization = (organizationId: string) => api.get<OrganizationDetail>(at('organizations', organizationId));
export const updateOrganization = (organizationId: string, body: UpdateOrganizationBody) => api.patch<OrganizationView>(at('organizations', organizationId), body);
export const addRepresentative = (organizationId: string, clientId: string) => api.post<void>(at('organizations', organizationId, '/representatives'), { clientId });
export const removeRepresentative = (organizationId: string, clientId: string) =>
  api.delete<void>(at('organizations', organizationId, `/representatives/${encodeURIComponent(clientId)}`));

export const createContract = (organizationId: string, body: Partial<CreateContractBody> & Pick<CreateContractBody, 'number' | 'validFrom'>) =>
  api.post<ContractView>(at('organizations', organizationId, '/contracts'), body);
export const getContract = (contractId: string) => api.get<ContractView>(at('contracts', contractId));
export const updateContract = (contractId: string, body: UpdateContractBody) => api.patch<ContractView>(at('contracts', contractId), body);
export const setContractPrices = (contractId: string, prices: ContractPriceInput[]) => api.put<ContractView>(at('contracts', contractId, '/prices'), { prices });
