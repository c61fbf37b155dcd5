import { describe, expect, it } from 'vitest';
import { canMoveContract, contractIsEditable } from './contract-status.ts';

describe('contract statuses', () => {
  it('activates a draft, suspends and resumes an active contract', () => {
    expect(canMoveContract('draft', 'active')).toBe(true);
    expect(canMoveContract('active', 'suspended')).toBe(true);
    expect(canMoveContract('suspended', 'active')).toBe(true);
  });

  it('never reopens a closed contract nor sends an active one back to draft', () => {
    expect(canMoveContract('closed', 'active')).toBe(false);
    expect(canMoveContract('active', 'draft')).toBe(false);
    expect(contractIsEditable('closed')).toBe(false);
  });
});
