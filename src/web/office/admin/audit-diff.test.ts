import { describe, expect, it } from 'vitest';
import { auditChanges, showValue } from './audit-diff.ts';

describe('what an audit entry changed', () => {
  it('lists the changed fields of a record, nested ones by their dotted path', () => {
    const before = { name: 'Зал 1', coefficient: '1.0000', flags: { isUseOneCategory: false, isNeedVisitDate: true }, roles: ['operator'] };
    const after = { name: 'Зал 1', coefficient: '1.2500', flags: { isUseOneCategory: true, isNeedVisitDate: true }, roles: ['operator', 'cashier'] };
    expect(auditChanges(before, after)).toEqual([
      { path: 'coefficient', before: '1.0000', after: '1.2500', kind: 'changed' },
      { path: 'flags.isUseOneCategory', before: false, after: true, kind: 'changed' },
      { path: 'roles', before: ['operator'], after: ['operator', 'cashier'], kind: 'changed' },
    ]);
  });

  it('shows a created record as added fields and a deleted one as removed', () => {
    expect(auditChanges(null, { title: 'Фильм' })).toEqual([{ path: 'title', before: undefined, after: 'Фильм', kind: 'added' }]);
    expect(auditChanges({ clientId: 'c1' }, null)).toEqual([{ path: 'clientId', before: 'c1', after: undefined, kind: 'removed' }]);
    expect(auditChanges(null, null)).toEqual([]);
  });

  it('keeps a value to one short line', () => {
    expect(showValue(undefined)).toBe('—');
    expect(showValue({ a: 1 })).toBe('{"a":1}');
    expect(showValue('x'.repeat(200))).toHaveLength(118);
  });
});
