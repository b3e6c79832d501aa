import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConflictRule, SyncSpec } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { membershipHops, membershipLabel } from '../../src/simulator/holders';
import { explainResolution } from '../../src/simulator/resolution';
import { describeEvent, showEdit, showValue, type TimelineEvent } from '../../src/simulator/timeline';

const at = { seq: 1, at: 0 } as const;

describe('the simulator says values in the designer’s words', () => {
  it('a write says text in quotes, lists item by item, numbers bare and unset as (empty)', () => {
    const write: TimelineEvent = {
      ...at,
      kind: 'write',
      device: 'Ana',
      entity: 'Job',
      key: 'job-1',
      action: 'update',
      changes: { status: 'done', partsUsed: ['valve', 'seal'], minutesWorked: 45, notes: null, urgent: true },
    };
    expect(describeEvent(write)).toBe(
      'Ana changed Job job-1: status = “done”, partsUsed = “valve”, “seal”, minutesWorked = 45, notes = (empty), urgent = true',
    );
  });

  it('a merge names each decision’s values in quotes', () => {
    const merged: TimelineEvent = {
      ...at,
      kind: 'merged',
      device: 'Ben',
      entity: 'Job',
      key: 'job-1',
      decisions: [{ field: 'status', client: 'in_progress', kept: 'done', strategy: 'enum-precedence' }],
    };
    expect(describeEvent(merged)).toBe(
      "Ben's change to Job job-1 was merged — status: “in_progress” → “done” by enum-precedence",
    );
  });

  it('a decided conflict says the kept values, an empty list as such', () => {
    const resolved: TimelineEvent = {
      ...at,
      kind: 'conflict-resolved',
      device: 'Ana',
      entity: 'Job',
      key: 'job-1',
      choice: 'other',
      values: { notes: 'Replace the seal', tags: [] },
    };
    expect(describeEvent(resolved)).toBe(
      'Ana decided the conflict on Job job-1: kept the other side’s value (notes = “Replace the seal”, tags = an empty list)',
    );
  });

  it('a resolution says additions with a plus and the enum order as a list', () => {
    const resolution: TimelineEvent = {
      ...at,
      kind: 'resolution',
      entity: 'Job',
      key: 'job-1',
      converged: true,
      fields: [
        {
          field: 'partsUsed',
          strategy: 'set-union',
          base: ['first'],
          edits: [
            { device: 'Ana', value: 'added-by-ana', adds: true },
            { device: 'Ben', value: 'added-by-ben', adds: true },
          ],
          result: ['added-by-ana', 'added-by-ben', 'first'],
          why: 'additions from both devices are kept',
        },
        {
          field: 'minutesWorked',
          strategy: 'counter',
          base: 30,
          edits: [
            { device: 'Ana', value: 15, adds: true },
            { device: 'Ben', value: 20, adds: true },
          ],
          result: 65,
          why: 'both increments add up',
        },
      ],
    };
    expect(describeEvent(resolution)).toBe(
      'Job job-1 converged. partsUsed: Ana +“added-by-ana”, Ben +“added-by-ben” → “added-by-ana”, “added-by-ben”, “first” by set-union (additions from both devices are kept). minutesWorked: Ana +15, Ben +20 → 65 by counter (both increments add up).',
    );
    const order: ConflictRule = { strategy: 'enum-precedence', order: ['cancelled', 'done'] };
    const edits = [
      { device: 'Ana', value: 'done' },
      { device: 'Ben', value: 'cancelled' },
    ];
    expect(explainResolution(order, edits, 'cancelled')).toBe(
      "earlier in the order (“cancelled”, “done”) wins: Ben's value is kept",
    );
    expect(explainResolution({ strategy: 'max' }, edits, 'x')).toBe(
      'the larger value wins: the result is “x”',
    );
  });

  it('a table of records says text bare, but empty text and unset values visibly', () => {
    expect(showValue(['a', 'b'], false)).toBe('a, b');
    expect(showValue('done', false)).toBe('done');
    expect(showValue('', false)).toBe('“”');
    expect(showValue(undefined, false)).toBe('(empty)');
    expect(showEdit(undefined)).toBe('(empty)');
    expect(showEdit({ device: 'Ana', value: { lat: 1, lng: 2 } })).toBe('lat: 1, lng: 2');
  });

  it('a membership hop is offered with its condition in the condition builder’s words', () => {
    const spec = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../templates/shared-lists.json'), 'utf8'),
    ) as SyncSpec;
    expect(membershipHops(spec).map(membershipLabel)).toEqual(['ListMember → List where userId = user.id']);
  });
});
