import type { App, QueuedSubmission } from '@syncraft/runtime/protocol';

/** One app's part of the queue: what waits for a decision and what waits to be published. */
export interface AppQueue {
  readonly appId: string;
  readonly pending: readonly QueuedSubmission[];
  readonly approved: readonly QueuedSubmission[];
  /** Findings kept for the reviewer over the pending versions, by severity. */
  readonly findings: { readonly errors: number; readonly warnings: number };
  readonly breaking: number;
  readonly highRisk: number;
}

/**
 * The queue per app, apps in the order their oldest waiting submission arrived (who waited longest
 * first); each app's submissions keep the server's order (oldest first).
 *
 * @example
 * groupByApp(pending.reviews, approved.reviews).map((a) => `${a.appId}: ${a.pending.length} waiting`);
 */
export function groupByApp(
  pending: readonly QueuedSubmission[],
  approved: readonly QueuedSubmission[] = [],
): AppQueue[] {
  const apps = new Map<
    string,
    { pending: QueuedSubmission[]; approved: QueuedSubmission[]; first: string }
  >();
  const entry = (s: QueuedSubmission) => {
    let app = apps.get(s.appId);
    if (!app) {
      app = { pending: [], approved: [], first: s.submittedAt };
      apps.set(s.appId, app);
    }
    if (s.submittedAt < app.first) app.first = s.submittedAt;
    return app;
  };
  for (const s of pending) entry(s).pending.push(s);
  for (const s of approved) entry(s).approved.push(s);
  return [...apps.entries()]
    .sort(([a, x], [b, y]) => x.first.localeCompare(y.first) || a.localeCompare(b))
    .map(([appId, app]) => {
      const warnings = app.pending.flatMap((s) => s.warnings);
      return {
        appId,
        pending: app.pending,
        approved: app.approved,
        findings: {
          errors: warnings.filter((d) => d.severity === 'error').length,
          warnings: warnings.filter((d) => d.severity !== 'error').length,
        },
        breaking: app.pending.reduce((n, s) => n + s.diff.breaking, 0),
        highRisk: app.pending.reduce((n, s) => n + s.diff.highRisk, 0),
      };
    });
}

/** "by dev-builder", or "saved by dev-builder, submitted by bo" when two people were involved. */
export function whoSubmitted(s: Pick<QueuedSubmission, 'createdBy' | 'submittedBy'>): string {
  return s.createdBy === s.submittedBy
    ? `by ${s.submittedBy}`
    : `saved by ${s.createdBy}, submitted by ${s.submittedBy}`;
}

/**
 * Approved submissions still waiting to be published: an approval stays `approved` after publication,
 * so only each app's release (the approved, unpublished version) is kept.
 */
export function waitingRelease(
  approved: readonly QueuedSubmission[],
  apps: readonly App[],
): QueuedSubmission[] {
  const release = new Map(apps.map((a) => [a.id, a.releaseHash]));
  return approved.filter((s) => release.get(s.appId) === s.hash);
}
