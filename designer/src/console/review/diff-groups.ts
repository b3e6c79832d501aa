import type { Risk, SpecChange, SyncSpec } from '@syncraft/runtime/spec';

/** One line of the review's list of changes. `index` is the change's place in the server's diff. */
export interface DiffItem {
  readonly index: number;
  readonly summary: string;
  readonly detail: string | undefined;
  readonly risk: Risk;
  readonly breaking: boolean;
  /** The entity the change concerns, if any (the conflict scenarios run for these). */
  readonly entity: string | undefined;
}

/** Changes of one risk, breaking ones first. */
export interface RiskGroup {
  readonly risk: Risk;
  readonly title: string;
  readonly items: readonly DiffItem[];
}

const RISKS: readonly { risk: Risk; title: string }[] = [
  { risk: 'high', title: 'High risk — read each one' },
  { risk: 'medium', title: 'Medium risk' },
  { risk: 'low', title: 'Low risk' },
];

/**
 * The semantic diff grouped by risk (high first), breaking changes first within a group and the
 * diff's own order otherwise. Empty groups are left out.
 *
 * @example
 * groupByRisk(review.diff.changes).map((g) => `${g.title}: ${g.items.length}`);
 */
export function groupByRisk(changes: readonly SpecChange[]): RiskGroup[] {
  const items = changes.map(
    (change, index): DiffItem => ({
      index,
      summary: change.summary,
      detail: change.detail,
      risk: change.risk,
      breaking: change.breaking,
      entity: 'entity' in change ? change.entity : undefined,
    }),
  );
  return RISKS.flatMap(({ risk, title }) => {
    const group = items
      .filter((item) => item.risk === risk)
      .sort((a, b) => Number(b.breaking) - Number(a.breaking) || a.index - b.index);
    return group.length > 0 ? [{ risk, title, items: group }] : [];
  });
}

/** Entities the changes concern, in the order they first appear, that exist in `spec`. */
export function changedEntities(changes: readonly SpecChange[], spec: SyncSpec): string[] {
  const names = new Set<string>();
  for (const change of changes) if ('entity' in change) names.add(change.entity);
  return [...names].filter((name) => spec.entities.some((e) => e.name === name));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * What a first version brings, for a review with nothing published to compare with: one line per
 * entity and role, saying what devices will hold and who may do what. Everything is new.
 */
export function firstPublicationLines(spec: SyncSpec): string[] {
  const lines = spec.entities.map((entity) => {
    const where =
      entity.offline.availability === 'online-only'
        ? 'never stored on devices'
        : `kept on devices (${entity.offline.availability}${entity.offline.scope ? ', scoped' : ', every record'})`;
    return `Entity ${entity.name}: ${plural(entity.fields.length, 'field')}, priority ${entity.sync.priority}, conflicts settled by ${entity.conflict.strategy}, ${where}.`;
  });
  for (const role of spec.roles) {
    const grants = role.permissions.map((p) => `${p.actions.join('/')} ${p.entity}`);
    lines.push(`Role ${role.name}: ${grants.length > 0 ? grants.join(', ') : 'no permission'}.`);
  }
  return lines;
}
