// The rules that let a request be processed at once, without an operator (seed 001:
// "processed automatically ... or by staff"). Pure: the caller says what each line is.

export interface AutomaticProcessingRules {
  /** A line of more seats, places or units than this goes to an operator (a group sale). */
  maxUnitsPerLine: number;
}

export const automaticProcessingRules: AutomaticProcessingRules = { maxUnitsPerLine: 10 };

export interface LineFacts {
  /** Everything the line needs from inventory can be held by the submission itself. */
  holdable: boolean;
  /** Seats, places, units or visitors the line takes. */
  units: number;
  /** Priced with a corporate contract's special price, which an operator approves. */
  contractPrice: boolean;
}

export type ManualReasonCode = 'line_not_holdable' | 'contract_price_needs_approval' | 'line_too_large';

export interface ManualReason {
  code: ManualReasonCode;
  lineIndex: number;
}

export type ProcessingDecision = { automatic: true } | { automatic: false; reasons: ManualReason[] };

/** Automatic only when no rule asks for a person; otherwise every reason, line by line. */
export function decideAutomaticProcessing(
  lines: readonly LineFacts[],
  rules: AutomaticProcessingRules = automaticProcessingRules,
): ProcessingDecision {
  const reasons: ManualReason[] = [];
  for (const [lineIndex, line] of lines.entries()) {
    if (!line.holdable) reasons.push({ code: 'line_not_holdable', lineIndex });
    if (line.contractPrice) reasons.push({ code: 'contract_price_needs_approval', lineIndex });
    if (line.units > rules.maxUnitsPerLine) reasons.push({ code: 'line_too_large', lineIndex });
  }
  if (lines.length === 0) return { automatic: false, reasons };
  return reasons.length === 0 ? { automatic: true } : { automatic: false, reasons };
}
