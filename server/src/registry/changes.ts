import type { Entity, SyncSpec } from '@syncraft/runtime/spec';
import type { Kysely } from 'kysely';
import { canonicalJson } from './canonical';
import type { AppRow, RegistryTables } from './tables';

/** One semantic change between two spec versions, as a reviewer sees it. */
export interface ReviewChange {
  readonly kind: string;
  readonly pointer: string;
  readonly summary: string;
  readonly risk: 'low' | 'medium' | 'high';
  /** True when devices already holding data would break. */
  readonly breaking: boolean;
}

/** Counts for the audit log and the review list. */
export interface ChangeSummary {
  /** The published hash compared against, or null when nothing is published yet. */
  readonly against: string | null;
  readonly changes: number;
  readonly breaking: number;
  readonly highRisk: number;
}

/** A version compared with what is published. */
export interface Comparison {
  readonly publishedHash: string | null;
  readonly publishedVersion: string | null;
  readonly changes: readonly ReviewChange[];
  readonly summary: ChangeSummary;
}

/** Compares a spec with the app's published spec (everything is new when nothing is published). */
export async function compareWithPublished(
  db: Kysely<RegistryTables>,
  app: AppRow,
  spec: SyncSpec,
): Promise<Comparison> {
  const published = app.published_hash
    ? await db
        .selectFrom('registry_spec_versions')
        .select(['spec', 'app_version'])
        .where('app_id', '=', app.id)
        .where('hash', '=', app.published_hash)
        .executeTakeFirst()
    : undefined;
  const before = published ? (JSON.parse(published.spec) as SyncSpec) : undefined;
  const changes = before ? diffSpecs(before, spec) : [];
  return {
    publishedHash: app.published_hash,
    publishedVersion: published?.app_version ?? null,
    changes,
    summary: summarize(app.published_hash, changes),
  };
}

/** Counts of a list of changes. */
export function summarize(against: string | null, changes: readonly ReviewChange[]): ChangeSummary {
  return {
    against,
    changes: changes.length,
    breaking: changes.filter((c) => c.breaking).length,
    highRisk: changes.filter((c) => c.risk === 'high').length,
  };
}

/** The semantic changes from `before` to `after`, in document order. */
export function diffSpecs(before: SyncSpec, after: SyncSpec): ReviewChange[] {
  const changes: ReviewChange[] = [];
  const push = (
    kind: string,
    pointer: string,
    summary: string,
    risk: ReviewChange['risk'],
    breaking: boolean,
  ) => changes.push({ kind, pointer, summary, risk, breaking });
  if (before.app.version !== after.app.version) {
    push(
      'app-version',
      '/app/version',
      `App version: ${before.app.version} → ${after.app.version}`,
      'low',
      false,
    );
  }
  const oldEntities = new Map(before.entities.map((e) => [e.name, e]));
  after.entities.forEach((entity, i) => {
    const old = oldEntities.get(entity.name);
    if (!old) push('entity-added', `/entities/${i}`, `Entity ${entity.name} added`, 'low', false);
    else diffEntity(old, entity, `/entities/${i}`, push);
  });
  const kept = new Set(after.entities.map((e) => e.name));
  for (const old of before.entities) {
    if (!kept.has(old.name)) push('entity-removed', '/entities', `Entity ${old.name} removed`, 'high', true);
  }
  for (const section of ['roles', 'offlineStates', 'retry', 'parameters'] as const) {
    if (canonicalJson(before[section] ?? null) !== canonicalJson(after[section] ?? null)) {
      push(
        `${section}-changed`,
        `/${section}`,
        `${section} changed`,
        section === 'roles' ? 'high' : 'medium',
        false,
      );
    }
  }
  return changes;
}

type Push = (
  kind: string,
  pointer: string,
  summary: string,
  risk: ReviewChange['risk'],
  breaking: boolean,
) => void;

function diffEntity(old: Entity, next: Entity, at: string, push: Push): void {
  const name = next.name;
  if (old.key !== next.key)
    push('key-changed', `${at}/key`, `${name} key: ${old.key} → ${next.key}`, 'high', true);
  const oldFields = new Map(old.fields.map((f) => [f.name, f]));
  next.fields.forEach((field, j) => {
    const prev = oldFields.get(field.name);
    const ptr = `${at}/fields/${j}`;
    if (!prev) {
      const needsValue = field.required === true && !('default' in field && field.default !== undefined);
      push('field-added', ptr, `${name}.${field.name} added`, needsValue ? 'high' : 'low', needsValue);
    } else if (prev.type !== field.type) {
      push(
        'field-type-changed',
        `${ptr}/type`,
        `${name}.${field.name} type: ${prev.type} → ${field.type}`,
        'high',
        true,
      );
    } else if (canonicalJson(prev.conflict ?? null) !== canonicalJson(field.conflict ?? null)) {
      push(
        'field-conflict-changed',
        `${ptr}/conflict`,
        `${name}.${field.name} conflict rule: ${prev.conflict?.strategy ?? 'entity rule'} → ${field.conflict?.strategy ?? 'entity rule'}`,
        'medium',
        false,
      );
    } else if (canonicalJson(prev) !== canonicalJson(field)) {
      push('field-changed', ptr, `${name}.${field.name} changed`, 'low', false);
    }
  });
  const nextNames = new Set(next.fields.map((f) => f.name));
  for (const prev of old.fields) {
    if (!nextNames.has(prev.name))
      push('field-removed', `${at}/fields`, `${name}.${prev.name} removed`, 'high', true);
  }
  if (canonicalJson(old.conflict) !== canonicalJson(next.conflict)) {
    push(
      'conflict-changed',
      `${at}/conflict`,
      `${name} conflict rule: ${old.conflict.strategy} → ${next.conflict.strategy}`,
      'medium',
      false,
    );
  }
  const encryptChanged =
    canonicalJson(old.offline.encrypt ?? []) !== canonicalJson(next.offline.encrypt ?? []);
  if (encryptChanged)
    push('encrypt-changed', `${at}/offline/encrypt`, `${name} encrypted fields changed`, 'high', true);
  if (!encryptChanged && canonicalJson(old.offline) !== canonicalJson(next.offline)) {
    push('offline-changed', `${at}/offline`, `${name} offline behaviour changed`, 'medium', false);
  }
  if (canonicalJson(old.sync) !== canonicalJson(next.sync)) {
    push('sync-changed', `${at}/sync`, `${name} sync settings changed`, 'low', false);
  }
}
