import { readFileSync } from 'node:fs';
import type { Operation } from '@syncraft/runtime/protocol';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { type OpenedDatabase, openDatabase } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrate';
import { createLogger } from '../src/logging';
import { freshDatabaseConfig, type TestDialect } from '../test/helpers/databases';

export { createLogger };

/** The field-service template, the spec every benchmark syncs. */
export function fieldService(): SyncSpec {
  return JSON.parse(
    readFileSync(new URL('../../templates/field-service.json', import.meta.url), 'utf8'),
  ) as SyncSpec;
}

/** A migrated database of its own, dropped by `dispose`. */
export async function benchDatabase(
  dialect: TestDialect,
  label: string,
): Promise<{ opened: OpenedDatabase; dispose: () => Promise<void> }> {
  const { config, cleanup } = freshDatabaseConfig(dialect, `bench_${label}`);
  const opened = await openDatabase(config);
  const migrated = await migrateToLatest(opened.db);
  if (!migrated.ok) throw migrated.error;
  return {
    opened,
    dispose: async () => {
      await opened.close();
      await cleanup();
    },
  };
}

let hlcCounter = 0;
/** A fresh HLC for `node`. */
export function hlc(node: string): string {
  hlcCounter = (hlcCounter + 1) % 1_000_000;
  return `${Date.now()}-${String(hlcCounter).padStart(6, '0')}-${node}`;
}

/** An operation creating a job assigned to `assignee` in region north. */
export function createJob(key: string, node: string, assignee = 'ana'): Operation {
  return {
    id: `create-${key}`,
    entity: 'Job',
    key,
    kind: 'upsert',
    changes: {
      id: key,
      title: `Job ${key}`,
      siteId: 'site-1',
      assigneeId: assignee,
      region: 'north',
      status: 'open',
      scheduledAt: new Date().toISOString(),
      minutesWorked: 0,
      notes: 'Bring the ladder.',
    },
    base: {},
    baseVersion: 0,
    hlc: hlc(node),
    clientId: node,
  };
}

/** Percentile of sorted numbers (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Prints one benchmark line. */
export function report(line: Record<string, unknown>): void {
  console.log(JSON.stringify(line));
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
