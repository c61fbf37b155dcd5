import { describe, expect, it } from 'vitest';
import { decideAutomaticProcessing, type LineFacts } from './decide-automatic-processing.ts';

const line = (overrides: Partial<LineFacts> = {}): LineFacts => ({ holdable: true, units: 2, contractPrice: false, ...overrides });

describe('automatic processing of a request', () => {
  it('processes at once when every line is held, small and at list price', () => {
    expect(decideAutomaticProcessing([line(), line({ units: 10 })])).toEqual({ automatic: true });
  });

  it('leaves a line of more than ten units to an operator', () => {
    expect(decideAutomaticProcessing([line(), line({ units: 11 })])).toEqual({
      automatic: false,
      reasons: [{ code: 'line_too_large', lineIndex: 1 }],
    });
  });

  it('leaves a contract price to an operator to approve', () => {
    expect(decideAutomaticProcessing([line({ contractPrice: true })])).toEqual({
      automatic: false,
      reasons: [{ code: 'contract_price_needs_approval', lineIndex: 0 }],
    });
  });

  it('leaves a line whose inventory cannot be held to an operator', () => {
    expect(decideAutomaticProcessing([line({ holdable: false })])).toEqual({
      automatic: false,
      reasons: [{ code: 'line_not_holdable', lineIndex: 0 }],
    });
  });

  it('names every reason of every line', () => {
    const decision = decideAutomaticProcessing([line({ units: 50, contractPrice: true }), line({ holdable: false })]);
    expect(decision).toEqual({
      automatic: false,
      reasons: [
        { code: 'contract_price_needs_approval', lineIndex: 0 },
        { code: 'line_too_large', lineIndex: 0 },
        { code: 'line_not_holdable', lineIndex: 1 },
      ],
    });
  });

  it('takes the size limit from the rules it is given', () => {
    expect(decideAutomaticProcessing([line({ units: 4 })], { maxUnitsPerLine: 3 })).toMatchObject({ automatic: false });
    expect(decideAutomaticProcessing([line({ units: 3 })], { maxUnitsPerLine: 3 })).toEqual({ automatic: true });
  });

  it('never processes an empty request by itself', () => {
    expect(decideAutomaticProcessing([])).toEqual({ automatic: false, reasons: [] });
  });
});
