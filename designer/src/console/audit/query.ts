import { AUDIT_ACTIONS } from '@syncraft/runtime/protocol';
import type { AuditQuery } from '@syncraft/runtime/registry';

/** The audit filter as the form holds it: days as `yyyy-mm-dd` (empty: no bound). */
export interface AuditFilter {
  readonly appId: string;
  readonly action: string;
  readonly from: string;
  readonly to: string;
}

/** No filter. */
export const ANY: AuditFilter = { appId: '', action: '', from: '', to: '' };

/** Entries per page of the log. */
export const PAGE_SIZE = 50;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The server's query for a filter: `from` counts from the start of that day (UTC), `to` includes
 * the whole day (the server's `until` is exclusive, so it is the next day's start). Unknown actions
 * and malformed days are left out, never sent.
 *
 * @example
 * auditQueryOf({ appId: 'field-service', action: '', from: '2026-11-01', to: '2026-11-30' });
 * // { appId: 'field-service', since: '2026-11-01T00:00:00.000Z', until: '2026-12-01T00:00:00.000Z' }
 */
export function auditQueryOf(filter: AuditFilter): AuditQuery {
  const appId = filter.appId.trim();
  const action = (AUDIT_ACTIONS as readonly string[]).includes(filter.action) ? filter.action : undefined;
  const since = DAY.test(filter.from) ? `${filter.from}T00:00:00.000Z` : undefined;
  let until: string | undefined;
  if (DAY.test(filter.to)) {
    const next = new Date(`${filter.to}T00:00:00.000Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    until = Number.isNaN(next.getTime()) ? undefined : next.toISOString();
  }
  return {
    ...(appId !== '' && { appId }),
    ...(action !== undefined && { action }),
    ...(since !== undefined && { since }),
    ...(until !== undefined && { until }),
  };
}

/** What the filter says in words, for the page's status line. */
export function describeFilter(filter: AuditFilter): string {
  const parts = [
    filter.appId.trim() !== '' ? `app ${filter.appId.trim()}` : '',
    filter.action !== '' ? `action ${filter.action}` : '',
    filter.from !== '' ? `from ${filter.from}` : '',
    filter.to !== '' ? `to ${filter.to}` : '',
  ].filter(Boolean);
  return parts.length === 0 ? 'every entry' : parts.join(', ');
}
