import type { SpecSnapshot } from './schema';

/** One reason a new spec cannot take over the data already on the device. */
export interface IncompatibleChange {
  readonly entity: string;
  readonly field?: string;
  /** What changed, e.g. `key changed from "id" to "code"`. */
  readonly change: string;
  /** Why the local data cannot follow. */
  readonly reason: string;
}

/** What the device holds, per entity, when an upgrade is judged. */
export interface LocalHoldings {
  /** Records stored per entity table. */
  readonly records: Readonly<Record<string, number>>;
  /** Outbox operations per entity (pending writes). */
  readonly pending: Readonly<Record<string, number>>;
}

/**
 * Compares the spec the local database was built for with a newer one and lists every change the
 * local data cannot survive. Pure: the caller counts what is stored. Compatible changes (new entities,
 * fields, indexes; removed indexes) need no entry: the Dexie schema is simply bumped.
 */
export function incompatibleChanges(
  previous: SpecSnapshot,
  next: SpecSnapshot,
  held: LocalHoldings,
): IncompatibleChange[] {
  const problems: IncompatibleChange[] = [];
  for (const [name, before] of Object.entries(previous.entities)) {
    const records = held.records[name] ?? 0;
    const pending = held.pending[name] ?? 0;
    const after = next.entities[name];
    if (!after) {
      if (pending > 0) {
        problems.push({
          entity: name,
          change: 'entity removed (or made online-only)',
          reason: `${pending} unsent change(s) for it are in the outbox and would be lost; sync them first`,
        });
      }
      continue;
    }
    if (before.key !== after.key) {
      problems.push({
        entity: name,
        change: `key changed from "${before.key}" to "${after.key}"`,
        reason: 'local records are stored under the old key; give the entity a new name instead',
      });
    }
    const hasData = records + pending > 0;
    if (!hasData) continue;
    for (const [field, type] of Object.entries(before.fields)) {
      const nextType = after.fields[field];
      if (nextType !== undefined && nextType !== type) {
        problems.push({
          entity: name,
          field,
          change: `type changed from ${type} to ${nextType}`,
          reason: `${records} stored record(s) and ${pending} pending change(s) hold ${type} values`,
        });
      }
    }
    const wasSealed = new Set(before.encrypt);
    const isSealed = new Set(after.encrypt);
    for (const field of new Set([...wasSealed, ...isSealed])) {
      if (wasSealed.has(field) !== isSealed.has(field)) {
        problems.push({
          entity: name,
          field,
          change: isSealed.has(field) ? 'field newly encrypted' : 'field no longer encrypted',
          reason: 'stored values are in the other form; clear the local data to re-download them',
        });
      }
    }
  }
  return problems;
}

/** Thrown when a newer spec cannot take over the device's data; `changes` names each blocker. */
export class SpecUpgradeError extends Error {
  override readonly name = 'SpecUpgradeError';
  readonly changes: readonly IncompatibleChange[];

  constructor(fromVersion: string, toVersion: string, changes: readonly IncompatibleChange[]) {
    const lines = changes.map(
      (c) => `  - ${c.entity}${c.field ? `.${c.field}` : ''}: ${c.change} — ${c.reason}`,
    );
    super(`cannot upgrade the local database from spec ${fromVersion} to ${toVersion}:\n${lines.join('\n')}`);
    this.changes = changes;
  }
}
