import { expect, it } from 'vitest';
import { diff, SPEC_CHANGE_KINDS, type SyncSpec, validate } from '../../src/spec';
import { entityOf, fieldOf, template } from './fixtures';

/** One edit of the field service template per kind of change (some edits produce several kinds). */
const edits: ReadonlyArray<(s: SyncSpec) => void> = [
  (s) => {
    s.app.owner = 'Operations';
  },
  (s) => {
    s.parameters = [{ name: 'depot', type: 'string' }];
  },
  (s) => {
    s.parameters = [{ name: 'region', type: 'string', claim: 'area' }];
  },
  (s) => {
    s.roles = [s.roles[0]!, { name: 'auditor', permissions: [{ entity: 'Job', actions: ['read'] }] }];
  },
  (s) => {
    s.roles[0]!.permissions = [
      { entity: 'Job', actions: ['read'] },
      { entity: 'Visit', actions: ['read', 'create', 'update'] },
      { entity: 'Site', actions: ['read'] },
    ];
    s.roles[1]!.permissions = s.roles[1]!.permissions.filter((p) => p.entity !== 'Visit');
  },
  (s) => {
    s.entities.push({ ...structuredClone(entityOf(s, 'Site')), name: 'Depot' });
    s.roles[0]!.permissions.push({ entity: 'Depot', actions: ['read'] });
  },
  (s) => {
    const visit = entityOf(s, 'Visit');
    s.entities = s.entities.filter((e) => e !== visit);
    s.entities.push({ ...structuredClone(visit), name: 'Trip' });
  },
  (s) => {
    const site = entityOf(s, 'Site');
    site.description = 'A place where work happens.';
    site.fields.push({ name: 'code', type: 'string', required: true, default: 'S' });
    site.key = 'code';
    site.offline.availability = 'online-only';
    site.offline.retention = '1d';
    site.offline.maxRecords = 10;
    site.offline.encrypt = [];
    site.sync = { priority: 'low', direction: 'both' };
  },
  (s) => {
    const job = entityOf(s, 'Job');
    job.fields = job.fields.filter((f) => f.name !== 'partsUsed');
    job.fields.push({ name: 'priority', type: 'integer' });
    Object.assign(fieldOf(s, 'Job', 'region'), { type: 'text', required: false, maxLength: 50 });
    const status = fieldOf(s, 'Job', 'status');
    if (status.type === 'enum') status.values = ['open', 'in_progress', 'done', 'cancelled', 'blocked'];
    fieldOf(s, 'Job', 'notes').conflict = { strategy: 'last-writer-wins' };
    job.indexes = [{ fields: ['status'] }, { fields: ['region'] }];
    job.relations = [
      job.relations![0]!,
      { name: 'trips', kind: 'one-to-many', entity: 'Visit', field: 'jobId', onDelete: 'keep' },
    ];
    job.offline.scope = { field: 'assigneeId', op: 'eq', param: 'user.id' };
  },
  (s) => {
    entityOf(s, 'Job').relations![0]!.onDelete = 'cascade';
  },
  (s) => {
    s.subscriptions = [
      { name: 'mine', entity: 'Job', where: { field: 'assigneeId', op: 'eq', param: 'user.id' } },
      {
        name: 'visitsOf',
        entity: 'Visit',
        parameters: [{ name: 'id', type: 'string' }],
        where: { field: 'jobId', op: 'eq', param: 'sub.id' },
      },
    ];
  },
  (s) => {
    const states = s.offlineStates;
    states.initial = 'syncing';
    states.states = states.states.filter((st) => st.name !== 'lowBattery');
    states.transitions = states.transitions.filter((t) => t.to !== 'lowBattery' && t.from !== 'lowBattery');
    states.states.push({ name: 'flight', network: 'offline', sync: { enabled: false }, writes: 'queue' });
    states.transitions.push({ from: '*', event: 'user-action', action: 'flight', to: 'flight' });
    states.states[0]!.writes = 'queue';
    s.retry.jitter = 'none';
  },
];

it('diff has an edit that produces each kind of change', () => {
  const seen = new Set<string>();
  for (const edit of edits) {
    const next = template();
    edit(next);
    expect(validate(next).diagnostics).toEqual([]);
    for (const change of diff(template(), next)) seen.add(change.kind);
  }
  // Changing and removing a subscription needs a spec that has one to begin with.
  const subscribed = template();
  subscribed.subscriptions = [
    {
      name: 'visitsOf',
      entity: 'Visit',
      parameters: [{ name: 'job', type: 'string' }],
      where: { field: 'jobId', op: 'eq', param: 'sub.job' },
    },
    { name: 'old', entity: 'Job', where: { field: 'status', op: 'eq', value: 'open' } },
  ];
  const changed = structuredClone(subscribed);
  changed.subscriptions = [
    { ...subscribed.subscriptions[0]!, where: { field: 'jobId', op: 'ne', param: 'sub.job' } },
  ];
  for (const change of diff(subscribed, changed)) seen.add(change.kind);
  expect(SPEC_CHANGE_KINDS.filter((k) => !seen.has(k))).toEqual([]);
  expect([...seen].filter((k) => !(SPEC_CHANGE_KINDS as readonly string[]).includes(k))).toEqual([]);
});
