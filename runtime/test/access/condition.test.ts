import { describe, expect, it } from 'vitest';
import { evaluateCondition } from '../../src/access/condition';
import type { AccessContext } from '../../src/access/context';
import type { Condition } from '../../src/spec/types';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const ctx: AccessContext = {
  userId: 'u1',
  roles: ['technician'],
  params: { region: 'north', teams: ['a', 'b'] },
  now: NOW,
};
const job = {
  assigneeId: 'u1',
  region: 'north',
  priority: 3,
  scheduledAt: '2026-11-20T12:00:00Z',
  tags: ['gas', 'urgent'],
  team: 'b',
  notes: 'bring a ladder',
  cleared: null,
};

describe('evaluateCondition', () => {
  it.each<[string, Condition, boolean]>([
    ['eq with a parameter', { field: 'assigneeId', op: 'eq', param: 'user.id' }, true],
    ['eq with a declared parameter', { field: 'region', op: 'eq', param: 'region' }, true],
    ['eq with a value', { field: 'region', op: 'eq', value: 'south' }, false],
    ['ne', { field: 'region', op: 'ne', value: 'south' }, true],
    ['lt on numbers', { field: 'priority', op: 'lt', value: 4 }, true],
    ['lte on numbers', { field: 'priority', op: 'lte', value: 3 }, true],
    ['gt on numbers', { field: 'priority', op: 'gt', value: 3 }, false],
    ['gte on numbers', { field: 'priority', op: 'gte', value: 3 }, true],
    [
      'gt on datetimes as instants',
      { field: 'scheduledAt', op: 'gt', value: '2026-11-20T13:00:00+02:00' },
      true,
    ],
    ['in a value list', { field: 'region', op: 'in', value: ['north', 'east'] }, true],
    ['in a list parameter', { field: 'team', op: 'in', param: 'teams' }, true],
    ['not-in', { field: 'region', op: 'not-in', value: ['south'] }, true],
    ['contains on a set', { field: 'tags', op: 'contains', value: 'gas' }, true],
    ['contains on text', { field: 'notes', op: 'contains', value: 'ladder' }, true],
    ['is-set', { field: 'notes', op: 'is-set' }, true],
    ['is-set on null', { field: 'cleared', op: 'is-set' }, false],
    ['is-not-set on a missing field', { field: 'nothing', op: 'is-not-set' }, true],
    ['role', { role: 'technician' }, true],
    ['role the user lacks', { role: 'dispatcher' }, false],
    ['all', { all: [{ role: 'technician' }, { field: 'priority', op: 'eq', value: 3 }] }, true],
    ['any', { any: [{ role: 'dispatcher' }, { field: 'priority', op: 'eq', value: 3 }] }, true],
    ['not', { not: { role: 'dispatcher' } }, true],
    [
      'time window containing the value',
      { field: 'scheduledAt', within: { past: '3d', future: '1d' } },
      true,
    ],
    ['time window the value is before', { field: 'scheduledAt', within: { past: '1d' } }, false],
    ['time window open to the past', { field: 'scheduledAt', within: { future: '1h' } }, true],
  ])('%s → %s', (_name, condition, expected) => {
    expect(evaluateCondition(condition, job, ctx)).toBe(expected);
  });

  it.each<[string, Condition]>([
    ['eq', { field: 'missing', op: 'eq', value: 'x' }],
    ['ne', { field: 'missing', op: 'ne', value: 'x' }],
    ['not-in', { field: 'missing', op: 'not-in', value: ['x'] }],
    ['time window', { field: 'missing', within: { past: '1d' } }],
  ])('a missing field never matches (%s)', (_name, condition) => {
    expect(evaluateCondition(condition, job, ctx)).toBe(false);
  });

  it('an unknown parameter never matches', () => {
    expect(evaluateCondition({ field: 'region', op: 'eq', param: 'nowhere' }, job, ctx)).toBe(false);
  });

  it('does not throw on odd data: mixed types, malformed durations and conditions', () => {
    expect(evaluateCondition({ field: 'priority', op: 'lt', value: 'high' }, job, ctx)).toBe(false);
    expect(evaluateCondition({ field: 'scheduledAt', within: { past: 'forever' } }, job, ctx)).toBe(false);
    expect(evaluateCondition({ field: 'tags', op: 'gt', value: 1 }, job, ctx)).toBe(false);
    expect(evaluateCondition(null as unknown as Condition, job, ctx)).toBe(false);
    expect(evaluateCondition({ field: 'constructor', op: 'is-set' }, job, ctx)).toBe(false);
  });
});
