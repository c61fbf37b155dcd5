import type { ContractStatus } from '../tables.ts';

/**
 * Where a contract may go from each status. Only an active contract's prices apply;
 * a suspended one may be resumed; a closed one is final.
 */
export const contractTransitions: Record<ContractStatus, readonly ContractStatus[]> = {
  draft: ['active', 'closed'],
  active: ['suspended', 'closed'],
  suspended: ['active', 'closed'],
  closed: [],
};

export const canMoveContract = (from: ContractStatus, to: ContractStatus): boolean => from === to || contractTransitions[from].includes(to);

/** Whether a contract's terms (period, prices, limit) may still be changed. */
export function contractIsEditable(status: ContractStatus): boolean {
  switch (status) {
    case 'draft':
    case 'active':
    case 'suspended':
      return true;
    case 'closed':
      return false;
  }
}
