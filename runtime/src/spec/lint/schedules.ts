import { durationMs } from '../constants';
import type { LintContext } from './context';

/** Shortest polling interval lint lets pass without a warning. */
export const MIN_SCHEDULE_INTERVAL_MS = 10_000;

/**
 * An entity's schedule decides when the device asks the server for its changes (edits always leave
 * as soon as the offline state lets them). Flags schedules that never fire, that cannot matter,
 * and intervals short enough to hammer the server from every device.
 */
export function checkSchedules(context: LintContext): void {
  context.spec.entities.forEach((entity, e) => {
    const schedule = entity.sync.schedule;
    if (schedule === undefined) return;
    const at = `/entities/${e}/sync/schedule`;
    if (entity.offline.availability === 'online-only') {
      context.report(
        'SPEC156',
        at,
        `Entity “${entity.name}” is online-only, so it is never kept on the device and its schedule never runs.`,
        'Remove the schedule, or make the entity "read-write" or "read-only" so the device keeps it.',
      );
      return;
    }
    if (entity.sync.direction === 'push') {
      context.report(
        'SPEC156',
        at,
        `Entity “${entity.name}” only pushes: its edits leave as soon as the offline state lets them, and a schedule only decides when changes are pulled, so this one does nothing.`,
        'Remove the schedule, or use direction "both" if the device should also receive changes.',
      );
      return;
    }
    if (schedule.onAppStart === false && schedule.onReconnect === false && schedule.interval === undefined) {
      context.report(
        'SPEC155',
        at,
        `Entity “${entity.name}” is pulled neither on app start, nor on reconnect, nor on an interval: the device receives its changes only when the server notifies it or the app calls syncNow().`,
        'Set "onAppStart" or "onReconnect" to true, or add an "interval" such as "15m".',
      );
    }
    if (schedule.interval !== undefined && durationMs(schedule.interval) < MIN_SCHEDULE_INTERVAL_MS) {
      context.report(
        'SPEC157',
        `${at}/interval`,
        `Entity “${entity.name}” is pulled every ${schedule.interval}: every device asks the server that often, even when nothing changed.`,
        `Use an interval of at least ${MIN_SCHEDULE_INTERVAL_MS / 1000}s; live updates from the server already arrive between polls.`,
      );
    }
  });
}
