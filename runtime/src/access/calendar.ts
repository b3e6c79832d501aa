import type { CalendarWindowCondition } from '../spec/types';

const DAY = 86_400_000;

/** Wall-clock parts of an instant in a time zone (throws RangeError for an unknown zone). */
function wallClock(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(instant / 1000) * 1000;
}

/** The instant a wall-clock midnight (year, month 1-12, day) happens in the zone (DST-safe). */
function midnight(year: number, month: number, day: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day);
  let instant = wall - offsetAt(wall, timeZone);
  // Once more with the offset at the guess, for days whose offset differs from the wall time's.
  instant = wall - offsetAt(instant, timeZone);
  return instant;
}

/**
 * The instants `[start, end)` a calendar window covers at `now`: from the start of the unit
 * `from` units away from the current one to the end of the unit `to` units away, in the time
 * zone (UTC when none). `undefined` for an unknown time zone or a window that ends before it
 * starts. Shared by the device, the in-memory server and the SQL queries (which get the bounds).
 *
 * @example
 * calendarBounds({ unit: 'day', from: 0, to: 0, timeZone: 'Europe/Paris' }, Date.now()) // today in Paris
 */
export function calendarBounds(
  calendar: CalendarWindowCondition['calendar'],
  now: number,
): { readonly start: number; readonly end: number } | undefined {
  if (calendar.to < calendar.from) return undefined;
  const zone = calendar.timeZone ?? 'UTC';
  let today: { year: number; month: number; day: number };
  try {
    today = wallClock(now, zone);
  } catch {
    return undefined;
  }
  // Calendar arithmetic on a UTC date stands in for the zone's wall calendar (no DST in dates).
  const base = new Date(Date.UTC(today.year, today.month - 1, today.day));
  const startOf = (offset: number): Date => {
    if (calendar.unit === 'day') return new Date(base.getTime() + offset * DAY);
    if (calendar.unit === 'month') return new Date(Date.UTC(today.year, today.month - 1 + offset, 1));
    const first = calendar.weekStartsOn === 'sunday' ? 0 : 1;
    const back = (base.getUTCDay() - first + 7) % 7;
    return new Date(base.getTime() - back * DAY + offset * 7 * DAY);
  };
  const at = (d: Date) => midnight(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), zone);
  return { start: at(startOf(calendar.from)), end: at(startOf(calendar.to + 1)) };
}
