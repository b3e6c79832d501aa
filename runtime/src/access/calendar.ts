import type { CalendarWindowCondition } from '../spec/types';

const DAY = 86_400_000;

/**
 * One formatter per time zone: building an `Intl.DateTimeFormat` costs far more than using one, and
 * a window's bounds take five wall-clock readings, for every record a scope checks. Specs name few
 * zones; the cache is bounded anyway.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    if (formatters.size >= 100) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Wall-clock parts of an instant in a time zone (throws RangeError for an unknown zone). */
function wallClock(instant: number, timeZone: string) {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
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
  // One check (a pull, a push) evaluates the same window at the same `now` for every record.
  const last = lastBounds.get(calendar);
  if (last?.now === now) return last.bounds;
  const bounds = computeBounds(calendar, now);
  lastBounds.set(calendar, { now, bounds });
  return bounds;
}

type Bounds = { readonly start: number; readonly end: number };

/** The last bounds of each window (specs are immutable), by the `now` they were taken at. */
const lastBounds = new WeakMap<object, { now: number; bounds: Bounds | undefined }>();

function computeBounds(calendar: CalendarWindowCondition['calendar'], now: number): Bounds | undefined {
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
