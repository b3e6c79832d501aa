import type { LintContext } from './context';

/** Offline availability, sync priority and direction must agree with each other. */
export function checkEntitySettings(context: LintContext): void {
  context.spec.entities.forEach((entity, e) => {
    const { availability } = entity.offline;
    if (availability === 'online-only' && entity.sync.priority === 'critical') {
      context.report(
        'SPEC114',
        `/entities/${e}/offline/availability`,
        `Entity “${entity.name}” has critical sync priority but is online-only, so it is never on the device and never synced.`,
        'Make it "read-write" (or "read-only") so it works offline, or lower its priority.',
      );
    }
    if (availability === 'read-only' && entity.sync.direction === 'push') {
      context.report(
        'SPEC115',
        `/entities/${e}/sync/direction`,
        `Entity “${entity.name}” is read-only on the device, yet syncs only from the device to the server ("push"), so it never receives data and never has changes to send.`,
        'Use "pull" for data the device only reads, or make the entity "read-write".',
      );
    }
  });
}
