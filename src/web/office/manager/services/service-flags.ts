import type { ServiceDetail } from '../service-endpoints.ts';

// The eight seed-002 flags of a service, in the seed's order and under the seed's names,
// so a manager who knows TicketTerminal-API recognises each one. The explanation of
// each is a text key (`flag.<name>` and `flag.<name>.effect`) in both languages.

export type FlagName = keyof ServiceDetail['flags'];

export const serviceFlags: readonly { name: FlagName; seedName: string }[] = [
  { name: 'isDisableEditVisitObject', seedName: 'IsDisableEditVisitObject' },
  { name: 'isVisitObjectUseForCost', seedName: 'IsVisitObjectUseForCost' },
  { name: 'isDisableEditVisitor', seedName: 'IsDisableEditVisitor' },
  { name: 'isCategoryVisitorUseForCost', seedName: 'IsCategoryVisitorUseForCost' },
  { name: 'isVisitorCountUseForCost', seedName: 'IsVisitorCountUseForCost' },
  { name: 'isUseOneCategory', seedName: 'IsUseOneCategory' },
  { name: 'isNeedVisitDate', seedName: 'IsNeedVisitDate' },
  { name: 'isNeedVisitTime', seedName: 'IsNeedVisitTime' },
];

export const activeKinds = [1, 2, 3] as const;
