import { describe, expect, it } from 'vitest';
import { type AccessContext, calendarBounds, evaluateCondition } from '../../src/access';
import type { Condition } from '../../src/spec';

const iso = (ms: number) => new Date(ms).toISOString();
const at = (text: string) => Date.parse(text);

describe('calendar windows', () => {
  it('today in a time zone runs from its local midnight to the next', () => {
    // 23:30 UTC on 5 December is already 6 December in Paris (UTC+1).
    const bounds = calendarBounds(
      { unit: 'day', from: 0, to: 0, timeZone: 'Europe/Paris' },
      at('2026-12-05T23:30:00Z'),
    );
    expect(bounds && [iso(bounds.start), iso(bounds.end)]).toEqual([
      '2026-12-05T23:00:00.000Z',
      '2026-12-06T23:00:00.000Z',
    ]);
  });

  it('weeks start on Monday unless told Sunday, and count from the current week', () => {
    const saturday = at('2026-12-05T12:00:00Z');
    const monday = calendarBounds({ unit: 'week', from: 0, to: 1 }, saturday);
    expect(monday && [iso(monday.start), iso(monday.end)]).toEqual([
      '2026-11-30T00:00:00.000Z',
      '2026-12-14T00:00:00.000Z',
    ]);
    const sunday = calendarBounds({ unit: 'week', from: 0, to: 0, weekStartsOn: 'sunday' }, saturday);
    expect(sunday && iso(sunday.start)).toBe('2026-11-29T00:00:00.000Z');
  });

  it('months run from the first of the month, across years', () => {
    const bounds = calendarBounds({ unit: 'month', from: -1, to: 1 }, at('2026-12-05T12:00:00Z'));
    expect(bounds && [iso(bounds.start), iso(bounds.end)]).toEqual([
      '2026-11-01T00:00:00.000Z',
      '2027-02-01T00:00:00.000Z',
    ]);
  });

  it('a day that loses an hour to daylight saving time is 23 hours long', () => {
    const bounds = calendarBounds(
      { unit: 'day', from: 0, to: 0, timeZone: 'Europe/Paris' },
      at('2026-03-29T12:00:00Z'),
    );
    expect(bounds && (bounds.end - bounds.start) / 3_600_000).toBe(23);
    expect(bounds && iso(bounds.start)).toBe('2026-03-28T23:00:00.000Z');
  });

  it('an unknown time zone or a reversed window matches nothing', () => {
    expect(calendarBounds({ unit: 'day', from: 0, to: 0, timeZone: 'Mars/Olympus' }, 0)).toBeUndefined();
    expect(calendarBounds({ unit: 'day', from: 1, to: 0 }, 0)).toBeUndefined();
  });

  it('a condition keeps the visits of the next seven calendar days in the caller’s zone', () => {
    const ctx: AccessContext = { userId: 'u', roles: [], params: {}, now: at('2026-12-05T10:00:00Z') };
    const week: Condition = {
      field: 'dueAt',
      calendar: { unit: 'day', from: 0, to: 6, timeZone: 'America/New_York' },
    };
    expect(evaluateCondition(week, { dueAt: '2026-12-05T05:00:00Z' }, ctx)).toBe(true); // 00:00 in New York
    expect(evaluateCondition(week, { dueAt: '2026-12-05T04:59:59Z' }, ctx)).toBe(false);
    expect(evaluateCondition(week, { dueAt: '2026-12-12T04:59:59Z' }, ctx)).toBe(true);
    expect(evaluateCondition(week, { dueAt: '2026-12-12T05:00:00Z' }, ctx)).toBe(false);
    expect(evaluateCondition(week, { dueAt: 'soon' }, ctx)).toBe(false);
  });
});
