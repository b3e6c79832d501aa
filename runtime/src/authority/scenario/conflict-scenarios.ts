import { type AccessContext, inScope, permissionsFor } from '../../access';
import { effectiveRule } from '../../merge';
import {
  type Change,
  type JsonValue,
  type Operation,
  type OperationResult,
  PROTOCOL_VERSION,
  type RecordValues,
} from '../../protocol';
import {
  type ConflictRule,
  deviceScopeParts,
  type Entity,
  type Field,
  type SyncSpec,
  usesRelations,
} from '../../spec';
import { InMemorySyncServer } from '../memory-server';
import type { FreshAuthority, ScenarioAuthority } from './authority';
import { conflictingValues, defaultParamValue, scopeFields } from './samples';
import { seedRecord } from './seed-access';

/** One field of a scenario: what each device wrote, what the server kept, what the rule says. */
export interface FieldCheck {
  readonly field: string;
  readonly rule: string;
  readonly base: JsonValue;
  /** What the first and the second device wrote (increments as `+n`, set additions as `+item`). */
  readonly first: JsonValue;
  readonly second: JsonValue;
  readonly result: JsonValue;
  /** What the rule says the server keeps; absent when this runner does not predict it. */
  readonly expected?: JsonValue;
  readonly ok: boolean;
}

/** The kinds of scenario an entity's rules imply. */
export type ScenarioKind = 'concurrent-edits' | 'delete-then-edit' | 'edit-then-delete' | 'scope-change';

/** What one scenario did. */
export type ScenarioReport =
  | {
      readonly outcome: 'passed' | 'failed';
      readonly entity: string;
      readonly kind: ScenarioKind;
      readonly title: string;
      /** Per field (concurrent edits), or empty. */
      readonly fields: readonly FieldCheck[];
      /** Why it failed, in words; empty when it passed. */
      readonly problems: readonly string[];
      /** What the server answered the second device. */
      readonly answer: string;
    }
  | {
      readonly outcome: 'not-possible';
      readonly entity: string;
      readonly kind: ScenarioKind;
      readonly title: string;
      readonly reason: string;
    };

const FIRST = 'ana';
const SECOND = 'ben';

/**
 * Fields devices signed in with `roles` may change on existing records of `entity`: none without
 * update permission; never the key, a reference, or a field that decides who holds the record.
 */
export function editableFields(spec: SyncSpec, entity: Entity, roles: readonly string[]): Field[] {
  const perms = permissionsFor(spec, roles, entity.name);
  if (!perms.actions.has('update')) return [];
  const routing = scopeFields(spec, entity);
  return entity.fields.filter(
    (f) =>
      f.name !== entity.key &&
      !routing.has(f.name) &&
      f.type !== 'reference' &&
      (perms.writableFields === undefined || perms.writableFields.has(f.name)) &&
      !perms.hiddenFields.has(f.name),
  );
}

/** The fields a role's devices change in a scenario (JSON values are left to the simulator). */
const scenarioFields = (spec: SyncSpec, entity: Entity, role: string) =>
  editableFields(spec, entity, [role]).filter((f) => f.type !== 'json');

const hlcAt = (ms: number, node: string) => `${String(ms).padStart(13, '0')}-000000-${node}`;

const sortedSet = (value: JsonValue): string[] => (Array.isArray(value) ? value.map(String).sort() : []);

/**
 * What the server keeps of a field both devices changed, the first device's push arriving first
 * and the second carrying the later clock, as docs/spec.md describes each rule; `undefined` where
 * the rule decides by the whole record (checked by its own tests, not predicted here).
 */
function expectedValue(
  rule: ConflictRule,
  field: Field,
  base: JsonValue,
  first: JsonValue,
  second: JsonValue,
): JsonValue | undefined {
  if ('unit' in rule && rule.unit === 'record') return undefined;
  switch (rule.strategy) {
    case 'last-writer-wins':
      return second;
    case 'server-wins':
      return first;
    case 'client-wins':
      return second;
    case 'counter':
      return Number(base ?? 0) + Number(first) + Number(second);
    case 'set-union':
      return [...new Set([...sortedSet(base), ...sortedSet(first), ...sortedSet(second)])].sort();
    case 'max':
      return later(first, second) ? first : second;
    case 'min':
      return later(first, second) ? second : first;
    case 'enum-precedence': {
      const rank = (v: JsonValue) => {
        const i = rule.order.indexOf(String(v));
        return i < 0 ? rule.order.length : i;
      };
      return rank(first) <= rank(second) ? first : second;
    }
    case 'manual':
      return rule.interim === 'server' ? first : second;
    default:
      return field.type === 'json' ? undefined : second;
  }
}

/** Whether `a` sorts after `b` (numbers by value; dates and text as ISO strings sort). */
const later = (a: JsonValue, b: JsonValue) =>
  typeof a === 'number' && typeof b === 'number' ? a > b : String(a) > String(b);

const same = (a: JsonValue | undefined, b: JsonValue | undefined) => JSON.stringify(a) === JSON.stringify(b);

/** How a push answer reads in a report. */
function answerText(result: OperationResult | undefined): string {
  if (!result) return 'no answer';
  if (result.status === 'rejected') return `rejected (${result.reason}): ${result.message}`;
  return result.status;
}

/**
 * Runs, against a fresh in-memory server (the same authority the real server runs), the conflict
 * scenarios each entity of `spec` implies: two devices signed in with a role that may update it
 * edit the same record offline (every field they may change, each by its own rule), then a delete
 * races an edit both ways. Each concurrent edit is checked field by field against what the spec's
 * rule says the server keeps; a delete followed by a stale edit must refuse the edit as
 * `not-found`; an edit followed by a stale delete must get an explained answer. The designer's
 * simulator runs the same scenarios on real devices.
 *
 * @example
 * const reports = await runConflictScenarios(spec);
 * const failed = reports.filter((r) => r.outcome === 'failed');
 */
export async function runConflictScenarios(
  spec: SyncSpec,
  now = Date.now(),
  fresh: FreshAuthority = async (run) => new InMemorySyncServer({ spec: run }),
): Promise<ScenarioReport[]> {
  const reports: ScenarioReport[] = [];
  for (const entity of spec.entities) {
    if (entity.offline.availability !== 'read-write' || entity.sync.direction === 'pull') continue;
    const editors = spec.roles.map((r) => r.name).filter((r) => scenarioFields(spec, entity, r).length > 0);
    // Pairs of roles that share the most editable fields first (so most rules are exercised),
    // different roles before alike (a technician and a dispatcher rarely share a scope problem).
    const shared = (a: string, b: string) => {
      const mayB = new Set(scenarioFields(spec, entity, b).map((f) => f.name));
      return scenarioFields(spec, entity, a).filter((f) => mayB.has(f.name)).length;
    };
    const pairs: [string, string][] = [];
    for (const a of editors) for (const b of editors) pairs.push([a, b]);
    pairs.sort(
      (p, q) => shared(q[0], q[1]) - shared(p[0], p[1]) || Number(p[0] === p[1]) - Number(q[0] === q[1]),
    );
    const deleters = new Set(
      spec.roles
        .map((r) => r.name)
        .filter((r) => permissionsFor(spec, [r], entity.name).actions.has('delete')),
    );
    const title = (what: string) => `${entity.name}: ${what}`;
    if (entity.sync.direction === 'push') {
      for (const kind of [
        'concurrent-edits',
        'delete-then-edit',
        'edit-then-delete',
        'scope-change',
      ] as const)
        reports.push({
          outcome: 'not-possible',
          entity: entity.name,
          kind,
          title: title(kind),
          reason: `${entity.name} only pushes: devices never receive each other's records, so they never edit the same one`,
        });
      continue;
    }
    const attempts: {
      kind: ScenarioKind;
      title: string;
      blocked: (pair: [string, string]) => string | undefined;
      run: (pair: [string, string]) => Promise<ScenarioReport>;
    }[] = [
      {
        kind: 'concurrent-edits',
        title: title(`${FIRST} and ${SECOND} edit the same record offline`),
        blocked: () => undefined,
        run: (pair) => concurrentEdits(spec, entity, pair, now, title, fresh),
      },
      {
        kind: 'delete-then-edit',
        title: title(`${FIRST} deletes while ${SECOND} edits offline`),
        blocked: ([a]) => (deleters.has(a) ? undefined : `the ${a} role may not delete ${entity.name}`),
        run: (pair) => deleteRace(spec, entity, pair, now, 'delete-then-edit', title, fresh),
      },
      {
        kind: 'edit-then-delete',
        title: title(`${FIRST} edits while ${SECOND} deletes offline`),
        blocked: ([, b]) => (deleters.has(b) ? undefined : `the ${b} role may not delete ${entity.name}`),
        run: (pair) => deleteRace(spec, entity, pair, now, 'edit-then-delete', title, fresh),
      },
      {
        kind: 'scope-change',
        title: title(`a record moves from ${FIRST}'s device to ${SECOND}'s`),
        blocked: () => undefined,
        run: (pair) => scopeChange(spec, entity, pair, now, title, fresh),
      },
    ];
    for (const attempt of attempts) {
      let report: ScenarioReport | undefined;
      const reasons: string[] = [];
      for (const pair of pairs) {
        const blocked = attempt.blocked(pair);
        if (blocked !== undefined) {
          reasons.push(blocked);
          continue;
        }
        const tried = await attempt.run(pair);
        if (tried.outcome !== 'not-possible') {
          report = tried;
          break;
        }
        reasons.push(tried.reason);
      }
      reports.push(
        report ?? {
          outcome: 'not-possible',
          entity: entity.name,
          kind: attempt.kind,
          title: attempt.title,
          reason:
            editors.length === 0
              ? `no role may change a field of ${entity.name} on existing records, so devices never conflict on it`
              : [...new Set(reasons)].join('; '),
        },
      );
    }
  }
  return reports;
}

/** The two devices, signed in with `roles` and the spec's default parameter values. */
function devicesFor(
  spec: SyncSpec,
  roles: readonly [string, string],
  now: number,
): [AccessContext, AccessContext] {
  const params = Object.fromEntries((spec.parameters ?? []).map((p) => [p.name, defaultParamValue(p)]));
  return [
    { userId: FIRST, roles: [roles[0]], params, now },
    { userId: SECOND, roles: [roles[1]], params, now },
  ];
}

/** A server with one record of `entity` that both devices hold, and the version they hold. */
async function sharedRecord(
  spec: SyncSpec,
  entity: Entity,
  roles: readonly [string, string],
  now: number,
  key: string,
  fresh: FreshAuthority,
): Promise<
  | {
      ok: true;
      server: ScenarioAuthority;
      callers: [AccessContext, AccessContext];
      base: RecordValues;
      version: number;
    }
  | { ok: false; reason: string }
> {
  const callers = devicesFor(spec, roles, now);
  const server = await fresh(spec);
  let base: RecordValues;
  try {
    base = await seedRecord(spec, server, entity, key, callers, now);
  } catch (error) {
    return {
      ok: false,
      reason: `the server refused the sample record: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  let version = 0;
  for (const caller of callers) {
    const answer = await server.pull(caller, {
      protocol: PROTOCOL_VERSION,
      specVersion: spec.app.version,
      clientId: caller.userId,
      entities: [entity.name],
      limit: 1000,
    });
    const change = answer.ok
      ? answer.body.changes.find((c) => c.key === key && c.kind === 'upsert')
      : undefined;
    if (!change)
      return {
        ok: false,
        reason: `${caller.userId} (${caller.roles[0]}) does not receive a record ${roles.join(' and ')} could share: it is outside the role's read scope`,
      };
    version = change.version;
  }
  return { ok: true, server, callers, base, version };
}

async function push(
  spec: SyncSpec,
  server: ScenarioAuthority,
  caller: AccessContext,
  operation: Operation,
): Promise<OperationResult | undefined> {
  const answer = await server.push(caller, {
    protocol: PROTOCOL_VERSION,
    specVersion: spec.app.version,
    clientId: caller.userId,
    operations: [operation],
  });
  return answer.ok ? answer.body.results[0] : undefined;
}

/** The change one device makes to a field, as the runtime sends it, and how the report shows it. */
function edit(
  entity: Entity,
  field: Field,
  base: JsonValue,
  side: 0 | 1,
  now: number,
): { change: JsonValue; shown: JsonValue; set?: { add: string[]; remove: string[] } } {
  if (field.type === 'counter') {
    const by = side === 0 ? 15 : 20;
    return { change: Number(base ?? 0) + by, shown: by };
  }
  if (field.type === 'string-set') {
    const item = `added-by-${side === 0 ? FIRST : SECOND}`;
    return { change: [...sortedSet(base), item].sort(), shown: [item], set: { add: [item], remove: [] } };
  }
  const value = conflictingValues(entity, field, now, [FIRST, SECOND])[side];
  return { change: value, shown: value };
}

async function concurrentEdits(
  spec: SyncSpec,
  entity: Entity,
  roles: [string, string],
  now: number,
  title: (what: string) => string,
  fresh: FreshAuthority,
): Promise<ScenarioReport> {
  const t = title(`${FIRST} (${roles[0]}) and ${SECOND} (${roles[1]}) edit the same record offline`);
  const key = `${entity.name.toLowerCase()}-conflict`;
  const mayB = new Set(scenarioFields(spec, entity, roles[1]).map((f) => f.name));
  const fields = scenarioFields(spec, entity, roles[0]).filter((f) => mayB.has(f.name));
  if (fields.length === 0) {
    const reason = `${roles.join(' and ')} may change no field in common`;
    return { outcome: 'not-possible', entity: entity.name, kind: 'concurrent-edits', title: t, reason };
  }
  const shared = await sharedRecord(spec, entity, roles, now, key, fresh);
  if (!shared.ok)
    return {
      outcome: 'not-possible',
      entity: entity.name,
      kind: 'concurrent-edits',
      title: t,
      reason: shared.reason,
    };
  const { server, callers, base, version } = shared;
  const edits = fields.map(
    (f) =>
      [edit(entity, f, base[f.name] ?? null, 0, now), edit(entity, f, base[f.name] ?? null, 1, now)] as const,
  );
  const operation = (side: 0 | 1): Operation => {
    const sets: Record<string, { add: string[]; remove: string[] }> = {};
    const changes: RecordValues = {};
    const before: RecordValues = {};
    fields.forEach((f, i) => {
      const e = edits[i]![side];
      changes[f.name] = e.change;
      if (base[f.name] !== undefined) before[f.name] = base[f.name]!;
      if (e.set) sets[f.name] = e.set;
    });
    const node = side === 0 ? FIRST : SECOND;
    return {
      id: `${node}-${entity.name}-edit`,
      entity: entity.name,
      key,
      kind: 'upsert',
      changes,
      base: before,
      baseVersion: version,
      hlc: hlcAt(now + 1000 * (side + 1), node),
      clientId: node,
      ...(Object.keys(sets).length > 0 ? { sets } : {}),
    };
  };
  const problems: string[] = [];
  const first = await push(spec, server, callers[0], operation(0));
  const second = await push(spec, server, callers[1], operation(1));
  // A write condition can let a device read a record it may not change: no conflict for this pair.
  for (const [who, answer] of [
    [FIRST, first],
    [SECOND, second],
  ] as const) {
    if (
      answer?.status === 'rejected' &&
      (answer.reason === 'out-of-scope' || answer.reason === 'permission')
    ) {
      const reason = `${who} may read the record but not change it (${answer.reason})`;
      return { outcome: 'not-possible', entity: entity.name, kind: 'concurrent-edits', title: t, reason };
    }
  }
  if (!first || first.status === 'rejected')
    problems.push(`the server refused ${FIRST}'s edit: ${answerText(first)}`);
  if (!second || second.status === 'rejected')
    problems.push(`the server refused ${SECOND}'s edit: ${answerText(second)}`);
  const stored = (await server.record(entity.name, key)) ?? {};
  const checks: FieldCheck[] = fields.map((f, i) => {
    const rule = effectiveRule(entity, f);
    const [a, b] = edits[i]!;
    const result = stored[f.name] ?? null;
    const expected = expectedValue(rule, f, base[f.name] ?? null, a.shown, b.shown);
    const ok = expected === undefined || same(f.type === 'string-set' ? sortedSet(result) : result, expected);
    if (!ok)
      problems.push(
        `${f.name} (${rule.strategy}) ended ${JSON.stringify(result)}, the rule keeps ${JSON.stringify(expected)}`,
      );
    return {
      field: f.name,
      rule: rule.strategy,
      base: base[f.name] ?? null,
      first: a.shown,
      second: b.shown,
      result,
      ...(expected === undefined ? {} : { expected }),
      ok,
    };
  });
  const manual = fields.some((f) => {
    const rule = effectiveRule(entity, f);
    return rule.strategy === 'manual' && !('unit' in rule && rule.unit === 'record');
  });
  if (manual && second?.status !== 'conflict')
    problems.push(
      `a field under a manual rule changed on both devices, yet ${SECOND}'s edit was answered ${answerText(second)}, not conflict`,
    );
  return {
    outcome: problems.length === 0 ? 'passed' : 'failed',
    entity: entity.name,
    kind: 'concurrent-edits',
    title: t,
    fields: checks,
    problems,
    answer: answerText(second),
  };
}

async function deleteRace(
  spec: SyncSpec,
  entity: Entity,
  roles: [string, string],
  now: number,
  kind: 'delete-then-edit' | 'edit-then-delete',
  title: (what: string) => string,
  fresh: FreshAuthority,
): Promise<ScenarioReport> {
  const t = title(
    kind === 'delete-then-edit'
      ? `${FIRST} (${roles[0]}) deletes while ${SECOND} (${roles[1]}) edits offline`
      : `${FIRST} (${roles[0]}) edits while ${SECOND} (${roles[1]}) deletes offline`,
  );
  const key = `${entity.name.toLowerCase()}-${kind}`;
  const editorRole = kind === 'delete-then-edit' ? roles[1] : roles[0];
  const [field] = scenarioFields(spec, entity, editorRole);
  if (!field) {
    const reason = `${editorRole} may change no field of ${entity.name}`;
    return { outcome: 'not-possible', entity: entity.name, kind, title: t, reason };
  }
  const shared = await sharedRecord(spec, entity, roles, now, key, fresh);
  if (!shared.ok)
    return { outcome: 'not-possible', entity: entity.name, kind, title: t, reason: shared.reason };
  const { server, callers, base, version } = shared;
  const change = edit(entity, field, base[field.name] ?? null, 1, now);
  const update = (node: string, at: number): Operation => ({
    id: `${node}-${key}-edit`,
    entity: entity.name,
    key,
    kind: 'upsert',
    changes: { [field.name]: change.change },
    base: base[field.name] === undefined ? {} : { [field.name]: base[field.name]! },
    baseVersion: version,
    hlc: hlcAt(at, node),
    clientId: node,
    ...(change.set ? { sets: { [field.name]: change.set } } : {}),
  });
  const remove = (node: string, at: number): Operation => ({
    id: `${node}-${key}-delete`,
    entity: entity.name,
    key,
    kind: 'delete',
    changes: {},
    base: {},
    baseVersion: version,
    hlc: hlcAt(at, node),
    clientId: node,
  });
  const problems: string[] = [];
  let answer: OperationResult | undefined;
  if (kind === 'delete-then-edit') {
    const deleted = await push(spec, server, callers[0], remove(FIRST, now + 1000));
    if (deleted?.status !== 'applied')
      problems.push(`the server did not apply ${FIRST}'s delete: ${answerText(deleted)}`);
    answer = await push(spec, server, callers[1], update(SECOND, now + 2000));
    // A delete wins over a concurrent edit: the edit of a record that is gone is refused, and said so.
    if (answer?.status !== 'rejected' || answer.reason !== 'not-found')
      problems.push(
        `${SECOND}'s edit of the deleted record was answered ${answerText(answer)}, not rejected (not-found)`,
      );
    if ((await server.record(entity.name, key)) !== undefined) problems.push('the deleted record came back');
  } else {
    const edited = await push(spec, server, callers[0], update(FIRST, now + 1000));
    if (!edited || edited.status === 'rejected')
      problems.push(`the server refused ${FIRST}'s edit: ${answerText(edited)}`);
    answer = await push(spec, server, callers[1], remove(SECOND, now + 2000));
    // Either outcome is a rule (delete wins, or a stale delete is refused); it must be one of them.
    const gone = (await server.record(entity.name, key)) === undefined;
    if (answer?.status === 'rejected' ? gone : !gone || answer === undefined)
      problems.push(
        `the stale delete was answered ${answerText(answer)} but the record is ${gone ? 'gone' : 'still there'}`,
      );
  }
  return {
    outcome: problems.length === 0 ? 'passed' : 'failed',
    entity: entity.name,
    kind,
    title: t,
    fields: [],
    problems,
    answer: answerText(answer),
  };
}

/** The record's change in one device's pull from `cursor`, and the cursor after. */
async function pullChange(
  spec: SyncSpec,
  server: ScenarioAuthority,
  caller: AccessContext,
  entity: string,
  key: string,
  cursor?: string,
): Promise<{ change: Change | undefined; cursor: string }> {
  const answer = await server.pull(caller, {
    protocol: PROTOCOL_VERSION,
    specVersion: spec.app.version,
    clientId: caller.userId,
    entities: [entity],
    limit: 1000,
    ...(cursor === undefined ? {} : { cursor }),
  });
  if (!answer.ok) return { change: undefined, cursor: cursor ?? '' };
  return { change: answer.body.changes.filter((c) => c.key === key).at(-1), cursor: answer.body.cursor };
}

/**
 * The record is made to fit only the first device's scope (it holds it, the second does not), then
 * the server changes the fields that decide who holds it so it fits the second device. Where the
 * scope reads only the record's own fields, the shared access module says whether the first device
 * may still hold it; when it may not, its next pull must drop it (`out-of-scope`) and the second
 * device's must bring it. An edit the first made offline on the old version is sent too and its
 * answer reported. Scopes that follow related records are left to the simulator's "Who holds what".
 */
async function scopeChange(
  spec: SyncSpec,
  entity: Entity,
  roles: [string, string],
  now: number,
  title: (what: string) => string,
  fresh: FreshAuthority,
): Promise<ScenarioReport> {
  const t = title(`the server moves a record from ${FIRST} (${roles[0]}) to ${SECOND} (${roles[1]})`);
  const kind = 'scope-change';
  const key = `${entity.name.toLowerCase()}-moved`;
  const [a, b] = devicesFor(spec, roles, now);
  const server = await fresh(spec);
  const read = permissionsFor(spec, [roles[0]], entity.name).actions.get('read');
  const scopes = [
    deviceScopeParts(spec, entity, a).offline,
    ...(read?.kind === 'matching' ? read.conditions : []),
  ];
  if (scopes.some((c) => usesRelations(c)))
    return {
      outcome: 'not-possible',
      entity: entity.name,
      kind,
      title: t,
      reason: `who holds ${entity.name} follows related records: the simulator's "Who holds what" moves those`,
    };
  const notPossible = (reason: string): ScenarioReport => ({
    outcome: 'not-possible',
    entity: entity.name,
    kind,
    title: t,
    reason,
  });
  try {
    await seedRecord(spec, server, entity, key, [a], now);
  } catch (error) {
    return notPossible(
      `the server refused the sample record: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const heldByA = await pullChange(spec, server, a, entity.name, key);
  if (heldByA.change?.kind !== 'upsert')
    return notPossible(`${FIRST} (${roles[0]}) does not receive the sample record`);
  const heldByB = await pullChange(spec, server, b, entity.name, key);
  if (heldByB.change !== undefined)
    return notPossible(
      `${SECOND} (${roles[1]}) holds the record as well: who holds it does not depend on the device's user`,
    );
  // The office reassigns it: the fields that decide who holds it now fit the second device.
  try {
    await seedRecord(spec, server, entity, key, [b], now);
  } catch (error) {
    return notPossible(
      `the server refused the reassignment: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const moved = await server.record(entity.name, key);
  if (!moved) return notPossible('the reassigned record is gone');
  if (inScope(spec, entity, moved, a))
    return notPossible(
      `${FIRST} (${roles[0]}) may still hold the reassigned record: its role's scope covers both`,
    );
  const problems: string[] = [];
  const afterA = await pullChange(spec, server, a, entity.name, key, heldByA.cursor);
  const afterB = await pullChange(spec, server, b, entity.name, key, heldByB.cursor);
  if (afterB.change?.kind !== 'upsert')
    return notPossible(`${SECOND} (${roles[1]}) does not receive the reassigned record`);
  if (afterA.change?.kind !== 'delete' || afterA.change.reason !== 'out-of-scope')
    problems.push(
      `${FIRST}'s next pull ${afterA.change === undefined ? 'says nothing of the record' : `brings a ${afterA.change.kind}`}: it keeps a record it may no longer hold`,
    );
  const [field] = scenarioFields(spec, entity, roles[0]);
  let answer = 'no edit tried';
  if (field) {
    const base = heldByA.change.record;
    const change = edit(entity, field, base[field.name] ?? null, 0, now);
    const result = await push(spec, server, a, {
      id: `${FIRST}-${key}-late-edit`,
      entity: entity.name,
      key,
      kind: 'upsert',
      changes: { [field.name]: change.change },
      base: base[field.name] === undefined ? {} : { [field.name]: base[field.name]! },
      baseVersion: heldByA.change.version,
      hlc: hlcAt(now + 1000, FIRST),
      clientId: FIRST,
      ...(change.set ? { sets: { [field.name]: change.set } } : {}),
    });
    answer = `${FIRST}'s late edit: ${answerText(result)}`;
  }
  return {
    outcome: problems.length === 0 ? 'passed' : 'failed',
    entity: entity.name,
    kind,
    title: t,
    fields: [],
    problems,
    answer,
  };
}
