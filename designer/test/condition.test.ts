import { describeCondition } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { parseValue } from '../src/inspector/condition/CompareEditor';

describe('scope condition builder helpers', { timeout: 30_000 }, () => {
  it('reads typed values as the field type', () => {
    expect(parseValue('42', 'integer')).toBe(42);
    expect(parseValue('4x', 'number')).toBe('4x');
    expect(parseValue('true', 'boolean')).toBe(true);
    expect(parseValue('true', 'string')).toBe('true');
  });

  it('describes a nested condition in plain words', () => {
    expect(
      describeCondition({
        all: [
          { any: [{ field: 'assigneeId', op: 'eq', param: 'user.id' }, { role: 'dispatcher' }] },
          { field: 'scheduledAt', within: { past: '14d', future: '30d' } },
        ],
      }),
    ).toBe('any of 2 and scheduledAt within 14d ago – 30d ahead');
    expect(describeCondition({ not: { field: 'closedAt', op: 'is-set' } })).toBe('not (closedAt is set)');
    expect(describeCondition({ field: 'status', op: 'in', value: ['open', 'done'] })).toBe(
      'status in (“open”, “done”)',
    );
  });
});
