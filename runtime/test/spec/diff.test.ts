import { describe, expect, it } from 'vitest';
import {
  diff,
  resolvePointer,
  type SpecChange,
  type SyncSpec,
  summarizeDiff,
  validate,
} from '../../src/spec';
import { entityOf, fieldOf, template } from './fixtures';

/** Applies a change to a copy of the field service template and diffs the two. */
function changesAfter(mutate: (spec: SyncSpec) => void): {
  old: SyncSpec;
  next: SyncSpec;
  changes: SpecChange[];
} {
  const old = template();
  const next = template();
  mutate(next);
  expect(validate(next).diagnostics).toEqual([]);
  return { old, next, changes: diff(old, next) };
}

const only = (changes: SpecChange[]) => {
  expect(changes).toHaveLength(1);
  return changes[0]!;
};

describe('diff', () => {
  it('finds no changes between equal specs, whatever the key order', () => {
    const reordered = JSON.parse(
      JSON.stringify(template(), (_k, v) =>
        v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
      ),
    );
    expect(diff(template(), reordered)).toEqual([]);
  });

  it('does not treat reordered entities or fields as changes', () => {
    const { changes } = changesAfter((s) => {
      s.entities.reverse();
      entityOf(s, 'Job').fields.reverse();
    });
    expect(changes).toEqual([]);
  });

  it('reports a removed field as breaking, pointing into the old spec', () => {
    const { old, changes } = changesAfter((s) => {
      entityOf(s, 'Job').fields = entityOf(s, 'Job').fields.filter((f) => f.name !== 'notes');
    });
    const c = only(changes);
    expect(c).toMatchObject({
      kind: 'field-removed',
      entity: 'Job',
      field: 'notes',
      risk: 'high',
      breaking: true,
    });
    expect(c.summary).toBe('Job.notes removed');
    expect(resolvePointer(old, c.pointer)).toMatchObject({ name: 'notes' });
  });

  it('reports an optional new field as a safe addition', () => {
    const c = only(
      changesAfter((s) => entityOf(s, 'Job').fields.push({ name: 'priority', type: 'integer' })).changes,
    );
    expect(c).toMatchObject({ kind: 'field-added', required: false, risk: 'low', breaking: false });
  });

  it('reports a new required field without a default as breaking, and with a default as safe', () => {
    const without = only(
      changesAfter((s) =>
        entityOf(s, 'Job').fields.push({ name: 'priority', type: 'integer', required: true }),
      ).changes,
    );
    expect(without).toMatchObject({ kind: 'field-added', required: true, breaking: true, risk: 'high' });
    const withDefault = only(
      changesAfter((s) =>
        entityOf(s, 'Job').fields.push({ name: 'priority', type: 'integer', required: true, default: 3 }),
      ).changes,
    );
    expect(withDefault).toMatchObject({ kind: 'field-added', breaking: false });
  });

  it('reports a type change as breaking', () => {
    const c = only(
      changesAfter((s) => Object.assign(fieldOf(s, 'Visit', 'signatureName'), { type: 'text' })).changes,
    );
    expect(c).toMatchObject({ kind: 'field-type-changed', before: 'string', after: 'text', breaking: true });
    expect(c.summary).toBe('Visit.signatureName type: string → text');
  });

  it('reports a field becoming required', () => {
    const c = only(changesAfter((s) => (fieldOf(s, 'Site', 'address').required = true)).changes);
    expect(c).toMatchObject({ kind: 'field-required-changed', required: true, breaking: true });
    const relaxed = only(changesAfter((s) => delete fieldOf(s, 'Job', 'title').required).changes);
    expect(relaxed).toMatchObject({
      kind: 'field-required-changed',
      required: false,
      breaking: false,
      risk: 'low',
    });
  });

  it('reports enum values removed as breaking and added as not', () => {
    const { changes } = changesAfter((s) => {
      const status = fieldOf(s, 'Job', 'status');
      if (status.type !== 'enum' || status.conflict?.strategy !== 'enum-precedence')
        throw new Error('fixture');
      status.values = ['open', 'in_progress', 'done', 'cancelled', 'waiting_parts'];
      status.conflict.order = ['cancelled', 'done', 'waiting_parts', 'in_progress', 'open'];
    });
    expect(changes.map((c) => [c.kind, c.breaking])).toEqual([
      ['enum-values-removed', true],
      ['enum-values-added', false],
      ['conflict-rule-changed', false],
    ]);
    expect(changes[0]).toMatchObject({ values: ['on_hold'] });
    expect(changes[1]).toMatchObject({ values: ['waiting_parts'] });
  });

  it('reports a field conflict rule change in words', () => {
    const c = only(
      changesAfter((s) => (fieldOf(s, 'Job', 'notes').conflict = { strategy: 'client-wins' })).changes,
    );
    expect(c).toMatchObject({
      kind: 'conflict-rule-changed',
      field: 'notes',
      before: 'manual',
      after: 'client-wins',
    });
    expect(c.summary).toBe('Job.notes conflict rule: manual → client-wins');
  });

  it('reports an entity conflict rule change', () => {
    const c = only(
      changesAfter((s) => (entityOf(s, 'Visit').conflict = { strategy: 'server-wins' })).changes,
    );
    expect(c.summary).toBe('Visit conflict rule: last-writer-wins → server-wins');
    expect(c.pointer).toBe('/entities/2/conflict');
  });

  it('reports a key change as breaking', () => {
    const c = changesAfter((s) => {
      entityOf(s, 'Site').fields.push({ name: 'code', type: 'string', required: true, default: 'x' });
      entityOf(s, 'Site').key = 'code';
    }).changes.find((x) => x.kind === 'key-changed');
    expect(c).toMatchObject({ before: 'id', after: 'code', breaking: true, risk: 'high' });
  });

  it('reports entities added and removed', () => {
    const { changes } = changesAfter((s) => {
      const visit = entityOf(s, 'Visit');
      s.entities = s.entities.filter((e) => e !== visit);
      s.entities.push({ ...structuredClone(visit), name: 'Trip' });
    });
    const kinds = changes.map((c) => c.kind);
    expect(kinds.slice(0, 2)).toEqual(['entity-removed', 'entity-added']);
    expect(changes[0]).toMatchObject({ entity: 'Visit', breaking: true });
    expect(changes[1]).toMatchObject({ entity: 'Trip', breaking: false });
  });

  it('reports index, relation, scope, availability, retention and max records changes', () => {
    const { changes } = changesAfter((s) => {
      const job = entityOf(s, 'Job');
      job.indexes!.push({ fields: ['region'], unique: false });
      job.relations![0]!.onDelete = 'cascade';
      job.offline.scope = { field: 'assigneeId', op: 'eq', param: 'user.id' };
      job.offline.retention = '7d';
      job.offline.maxRecords = 100;
      entityOf(s, 'Site').offline.availability = 'online-only';
    });
    expect(changes.map((c) => `${c.kind} ${c.risk} ${c.breaking}`)).toEqual([
      'availability-changed high true',
      'index-added low false',
      'relation-changed high false',
      'scope-changed medium false',
      'retention-changed medium false',
      'max-records-changed medium false',
    ]);
  });

  it('reports encryption turned on and off as breaking', () => {
    const { changes } = changesAfter((s) => {
      entityOf(s, 'Site').offline.encrypt = ['contactPhone', 'address'];
    });
    expect(
      changes.map((c) => [
        c.kind,
        (c as { field?: string }).field,
        (c as { encrypted?: boolean }).encrypted,
        c.breaking,
      ]),
    ).toEqual([
      ['encryption-changed', 'accessCode', false, true],
      ['encryption-changed', 'address', true, true],
    ]);
  });

  it('reports sync priority, direction, batch size and schedule changes', () => {
    const { changes } = changesAfter((s) => {
      const visit = entityOf(s, 'Visit');
      visit.sync = { priority: 'critical', direction: 'pull', batchSize: 10 };
    });
    expect(changes.map((c) => c.summary)).toEqual([
      'Visit sync priority: high → critical',
      'Visit sync direction: both → pull',
      'Visit sync batchSize: 100 → 10',
      'Visit sync schedule: onReconnect: true → (none)',
    ]);
    expect(changes[1]).toMatchObject({ breaking: true });
  });

  it('reports offline states, the initial state, transitions and retry policy', () => {
    const { changes } = changesAfter((s) => {
      const states = s.offlineStates;
      states.states = states.states.filter((st) => st.name !== 'syncing');
      states.transitions = states.transitions.filter((t) => t.to !== 'syncing' && t.from !== 'syncing');
      states.states.push({ name: 'flight', network: 'offline', sync: { enabled: false }, writes: 'block' });
      states.transitions.push(
        { from: 'online', event: 'user-action', action: 'flightMode', to: 'flight' },
        { from: 'flight', event: 'user-action', action: 'land', to: 'online' },
      );
      states.states[2]!.writes = 'block';
      s.retry.maxAttempts = 3;
    });
    expect(changes.map((c) => c.kind)).toEqual([
      'offline-state-removed',
      'offline-state-changed',
      'offline-state-added',
      'transition-removed',
      'transition-removed',
      'transition-removed',
      'transition-added',
      'transition-added',
      'retry-changed',
    ]);
    expect(changes[1]).toMatchObject({ state: 'offline', property: 'writes', risk: 'high' });
    expect(changes[6]!.summary).toBe('Transition added: online --user-action(flightMode)--> flight');
    expect(changes[8]).toMatchObject({ setting: 'maxAttempts', before: 8, after: 3, risk: 'medium' });
  });

  it('reports roles and permissions, flagging fields no longer hidden', () => {
    const { changes } = changesAfter((s) => {
      s.roles[0]!.permissions[1]!.actions = ['read', 'update'];
      s.roles[1]!.permissions[1]!.hiddenFields = ['accessCode'];
      s.roles.push({ name: 'auditor', permissions: [{ entity: 'Job', actions: ['read'] }] });
    });
    expect(changes.map((c) => `${c.kind} ${c.risk}`)).toEqual([
      'permission-changed high',
      'permission-changed medium',
      'role-added medium',
    ]);
    const hidden = template();
    hidden.roles[1]!.permissions[1]!.hiddenFields = ['accessCode'];
    const exposed = only(diff(hidden, template()));
    expect(exposed).toMatchObject({ kind: 'permission-changed', property: 'hiddenFields', risk: 'high' });
    expect(exposed.detail).toContain('hidden');
  });

  it('flags a loosened write rule high and a tightened one medium', () => {
    const risks = (mutate: (s: SyncSpec) => void) =>
      changesAfter(mutate).changes.map((c) => `${c.kind} ${'property' in c ? c.property : ''} ${c.risk}`);
    expect(risks((s) => s.roles[0]!.permissions[0]!.writableFields!.push('title'))).toEqual([
      'permission-changed writableFields high',
    ]);
    expect(risks((s) => s.roles[0]!.permissions[0]!.writableFields!.pop())).toEqual([
      'permission-changed writableFields medium',
    ]);
    expect(
      risks((s) => (s.roles[0]!.permissions[0]!.scope = { field: 'region', op: 'eq', param: 'region' })),
    ).toEqual(['permission-changed scope high']);
    expect(risks((s) => (s.roles[0]!.permissions[0]!.fixedFields = ['status']))).toEqual([
      'permission-changed fixedFields medium',
    ]);
    // A second grant on the same entity is compared with nothing before it, not with the first one.
    expect(
      risks((s) =>
        s.roles[0]!.permissions.push({ entity: 'Job', actions: ['update'], writableFields: ['title'] }),
      ),
    ).toEqual(['permission-added  high']);
  });

  it('flags a field no longer fixed after create high, and value constraints changed medium', () => {
    const jobField = (s: SyncSpec, name: string) => s.entities[1]!.fields.find((f) => f.name === name)!;
    const fixedTitle = template();
    Object.assign(jobField(fixedTitle, 'title'), { fixed: true, minLength: 1, pattern: '[A-Z].*' });
    const loosened = diff(fixedTitle, template()).map(
      (c) => `${c.kind} ${'property' in c ? c.property : ''} ${c.risk}`,
    );
    expect(loosened.sort()).toEqual([
      'field-setting-changed fixed high',
      'field-setting-changed minLength medium',
      'field-setting-changed pattern medium',
    ]);
    const tightened = diff(template(), fixedTitle);
    expect(tightened.find((c) => 'property' in c && c.property === 'fixed')).toMatchObject({
      summary: 'Job.title fixed after create',
      risk: 'medium',
      pointer: '/entities/1/fields/1/fixed',
    });
  });

  it('reports app metadata changes, with a new app id as breaking', () => {
    const { changes } = changesAfter((s) => {
      s.app.version = '1.1.0';
      s.app.id = 'field-jobs';
    });
    expect(changes.map((c) => [c.summary, c.breaking])).toEqual([
      ['App id: field-service → field-jobs', true],
      ['App version: 1.0.0 → 1.1.0', false],
    ]);
  });

  it('reports parameters added, removed and changed', () => {
    const { changes } = changesAfter((s) => {
      s.parameters = [
        { name: 'region', type: 'string', claim: 'area' },
        { name: 'depot', type: 'string' },
      ];
    });
    expect(changes.map((c) => c.kind)).toEqual(['parameter-changed', 'parameter-added']);
  });

  it('points every change at something that exists in the old or new spec', () => {
    const { old, next, changes } = changesAfter((s) => {
      entityOf(s, 'Job').fields.pop();
      entityOf(s, 'Job').offline.encrypt = ['title'];
      delete entityOf(s, 'Job').offline.retention;
      s.roles[0]!.permissions.splice(2);
    });
    expect(changes.length).toBeGreaterThan(3);
    for (const c of changes) {
      const found = resolvePointer(next, c.pointer) ?? resolvePointer(old, c.pointer);
      expect(found, c.pointer).toBeDefined();
    }
  });
});

describe('summarizeDiff', () => {
  it('says when there is nothing to review', () => {
    expect(summarizeDiff([])).toBe('No changes.');
  });

  it('lists breaking changes first with their detail', () => {
    const { changes } = changesAfter((s) => {
      s.app.version = '2.0.0';
      entityOf(s, 'Job').fields = entityOf(s, 'Job').fields.filter((f) => f.name !== 'notes');
    });
    const text = summarizeDiff(changes).split('\n');
    expect(text[0]).toBe('2 changes, 1 breaking');
    expect(text[1]).toBe('! high    Job.notes removed');
    expect(text[2]).toMatch(/^ {4}Devices still hold/);
    expect(text[3]).toBe('  low     App version: 1.0.0 → 2.0.0');
  });
});
