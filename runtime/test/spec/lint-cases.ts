import type { SyncSpec } from '../../src/spec';
import { entityOf, fieldOf } from './fixtures';

/** A change to a copy of the field service template. */
export type Mutation = (spec: SyncSpec) => void;

/** Field service template: Site (0), Job (1), Visit (2); roles technician (0), dispatcher (1). */
export const job = (s: SyncSpec) => entityOf(s, 'Job');

/**
 * One lint finding per row: what is wrong, how to break the field service template that way, and the
 * code and pointer lint must report.
 */
export const lintCases: ReadonlyArray<[string, Mutation, string, string]> = [
  [
    'a reference to an unknown entity',
    (s) => Object.assign(fieldOf(s, 'Job', 'siteId'), { entity: 'Sites' }),
    'SPEC100',
    '/entities/1/fields/2/entity',
  ],
  [
    'a relation to an unknown entity',
    (s) => Object.assign(job(s).relations![0]!, { entity: 'Place' }),
    'SPEC100',
    '/entities/1/relations/0/entity',
  ],
  [
    'a relation through an unknown field',
    (s) => Object.assign(job(s).relations![0]!, { field: 'placeId' }),
    'SPEC101',
    '/entities/1/relations/0/field',
  ],
  [
    'an index over an unknown field',
    (s) => job(s).indexes!.push({ fields: ['priority'] }),
    'SPEC101',
    '/entities/1/indexes/3/fields/0',
  ],
  [
    'encryption of an unknown field',
    (s) => (entityOf(s, 'Site').offline.encrypt = ['pin']),
    'SPEC101',
    '/entities/0/offline/encrypt/0',
  ],
  [
    'a writable field that does not exist',
    (s) => s.roles[0]!.permissions[0]!.writableFields!.push('hours'),
    'SPEC101',
    '/roles/0/permissions/0/writableFields/5',
  ],
  [
    'a hidden field that does not exist',
    (s) => (s.roles[1]!.permissions[1]!.hiddenFields = ['secret']),
    'SPEC101',
    '/roles/1/permissions/1/hiddenFields/0',
  ],
  [
    'a permission on an unknown entity',
    (s) => s.roles[0]!.permissions.push({ entity: 'Invoice', actions: ['read'] }),
    'SPEC100',
    '/roles/0/permissions/4/entity',
  ],
  [
    'a scope over an unknown field',
    (s) => (entityOf(s, 'Visit').offline.scope = { field: 'techId', op: 'eq', param: 'user.id' }),
    'SPEC101',
    '/entities/2/offline/scope/field',
  ],
  [
    'a permission scope over an unknown field',
    (s) => (s.roles[1]!.permissions[0]!.scope = { field: 'area', op: 'eq', param: 'region' }),
    'SPEC101',
    '/roles/1/permissions/0/scope/field',
  ],
  [
    'a scope with an unknown parameter',
    (s) => (s.roles[1]!.permissions[0]!.scope = { field: 'region', op: 'eq', param: 'zone' }),
    'SPEC102',
    '/roles/1/permissions/0/scope/param',
  ],
  [
    'a role condition naming an unknown role',
    (s) => (job(s).offline.scope = { role: 'manager' }),
    'SPEC103',
    '/entities/1/offline/scope/role',
  ],
  [
    'state sync naming an unknown entity',
    (s) => (s.offlineStates.states[2]!.sync.entities = ['Jobs']),
    'SPEC100',
    '/offlineStates/states/2/sync/entities/0',
  ],
  [
    'entityWrites naming an unknown entity',
    (s) => (s.offlineStates.states[4]!.entityWrites![0]!.entity = 'Visits'),
    'SPEC100',
    '/offlineStates/states/4/entityWrites/0/entity',
  ],
  [
    'a transition from an unknown state',
    (s) => (s.offlineStates.transitions[2]!.from = 'offlin'),
    'SPEC104',
    '/offlineStates/transitions/2/from',
  ],
  [
    'a transition to an unknown state',
    (s) => (s.offlineStates.transitions[0]!.to = 'away'),
    'SPEC104',
    '/offlineStates/transitions/0/to',
  ],
  [
    'an unknown initial state',
    (s) => (s.offlineStates.initial = 'start'),
    'SPEC104',
    '/offlineStates/initial',
  ],
  ['two entities with one name', (s) => (entityOf(s, 'Visit').name = 'Site'), 'SPEC105', '/entities/2/name'],
  [
    'two fields with one name',
    (s) => (fieldOf(s, 'Job', 'title').name = 'id'),
    'SPEC105',
    '/entities/1/fields/1/name',
  ],
  ['two roles with one name', (s) => (s.roles[1]!.name = 'technician'), 'SPEC105', '/roles/1/name'],
  [
    'two states with one name',
    (s) => (s.offlineStates.states[1]!.name = 'online'),
    'SPEC105',
    '/offlineStates/states/1/name',
  ],
  [
    'two parameters with one name',
    (s) => s.parameters!.push({ name: 'region', type: 'number' }),
    'SPEC105',
    '/parameters/1/name',
  ],
  [
    'two relations with one name',
    (s) => (job(s).relations![1]!.name = 'site'),
    'SPEC105',
    '/entities/1/relations/1/name',
  ],
  ['a key naming no field', (s) => (job(s).key = 'jobId'), 'SPEC110', '/entities/1/key'],
  [
    'a key field that is not required',
    (s) => delete fieldOf(s, 'Job', 'id').required,
    'SPEC111',
    '/entities/1/fields/0',
  ],
  [
    'a key field that is a boolean',
    (s) => Object.assign(fieldOf(s, 'Job', 'id'), { type: 'boolean' }),
    'SPEC112',
    '/entities/1/fields/0/type',
  ],
  [
    'an encrypted key field',
    (s) => entityOf(s, 'Site').offline.encrypt!.push('id'),
    'SPEC113',
    '/entities/0/offline/encrypt/2',
  ],
  [
    'a critical entity that is online-only',
    (s) => (job(s).offline.availability = 'online-only'),
    'SPEC114',
    '/entities/1/offline/availability',
  ],
  [
    'a read-only entity that only pushes',
    (s) => (entityOf(s, 'Site').sync.direction = 'push'),
    'SPEC115',
    '/entities/0/sync/direction',
  ],
  [
    'an enum default that is not one of its values',
    (s) => Object.assign(fieldOf(s, 'Job', 'status'), { default: 'new' }),
    'SPEC116',
    '/entities/1/fields/5/default',
  ],
  [
    'a number default below its minimum',
    (s) => job(s).fields.push({ name: 'rating', type: 'integer', minimum: 1, maximum: 5, default: 0 }),
    'SPEC116',
    '/entities/1/fields/11/default',
  ],
  [
    'a minimum above the maximum',
    (s) => job(s).fields.push({ name: 'rating', type: 'number', minimum: 5, maximum: 1 }),
    'SPEC117',
    '/entities/1/fields/11/minimum',
  ],
  [
    'a scope comparing an enum with a value it does not have',
    (s) => (job(s).offline.scope = { field: 'status', op: 'in', value: ['open', 'inprogress'] }),
    'SPEC142',
    '/entities/1/offline/scope/value',
  ],
  [
    'a counter rule on a text field',
    (s) => (fieldOf(s, 'Job', 'title').conflict = { strategy: 'counter' }),
    'SPEC120',
    '/entities/1/fields/1/conflict/strategy',
  ],
  [
    'a set union on a number',
    (s) => (fieldOf(s, 'Job', 'minutesWorked').conflict = { strategy: 'set-union' }),
    'SPEC120',
    '/entities/1/fields/9/conflict/strategy',
  ],
  [
    'a max rule on a boolean',
    (s) => job(s).fields.push({ name: 'urgent', type: 'boolean', conflict: { strategy: 'max' } }),
    'SPEC120',
    '/entities/1/fields/11/conflict/strategy',
  ],
  [
    'a min rule on a string',
    (s) => (fieldOf(s, 'Job', 'region').conflict = { strategy: 'min' }),
    'SPEC120',
    '/entities/1/fields/4/conflict/strategy',
  ],
  [
    'enum precedence on a non-enum field',
    (s) => (fieldOf(s, 'Job', 'region').conflict = { strategy: 'enum-precedence', order: ['a', 'b'] }),
    'SPEC120',
    '/entities/1/fields/4/conflict/strategy',
  ],
  [
    'an entity counter rule over text fields',
    (s) => (entityOf(s, 'Visit').conflict = { strategy: 'counter' }),
    'SPEC120',
    '/entities/2/conflict/strategy',
  ],
  [
    'an enum order naming an unknown value',
    (s) =>
      Object.assign(fieldOf(s, 'Job', 'status').conflict!, {
        order: ['cancelled', 'done', 'on_hold', 'in_progress', 'open', 'closed'],
      }),
    'SPEC121',
    '/entities/1/fields/5/conflict/order/5',
  ],
  [
    'an enum order leaving values out',
    (s) => Object.assign(fieldOf(s, 'Job', 'status').conflict!, { order: ['cancelled', 'done'] }),
    'SPEC122',
    '/entities/1/fields/5/conflict/order',
  ],
  [
    'field-merge on one field',
    (s) => (fieldOf(s, 'Job', 'title').conflict = { strategy: 'field-merge' }),
    'SPEC123',
    '/entities/1/fields/1/conflict/strategy',
  ],
  [
    'a manual rule without a prompt',
    (s) => (fieldOf(s, 'Job', 'title').conflict = { strategy: 'manual', interim: 'server' }),
    'SPEC124',
    '/entities/1/fields/1/conflict',
  ],
  [
    'no online state',
    (s) =>
      s.offlineStates.states.forEach((st) => {
        if (st.network === 'online') st.network = 'limited';
      }),
    'SPEC130',
    '/offlineStates/states',
  ],
  [
    'a state that never returns online',
    (s) => (s.offlineStates.transitions = s.offlineStates.transitions.filter((t) => t.from !== 'offline')),
    'SPEC131',
    '/offlineStates/states/3',
  ],
  [
    'an unreachable state',
    (s) =>
      (s.offlineStates.transitions = s.offlineStates.transitions.filter(
        (t) => t.event !== 'connection-metered',
      )),
    'SPEC132',
    '/offlineStates/states/2',
  ],
  [
    'a user action without a name',
    (s) => s.offlineStates.transitions.push({ from: 'online', event: 'user-action', to: 'offline' }),
    'SPEC133',
    '/offlineStates/transitions/12',
  ],
  [
    'an action name on another event',
    (s) => Object.assign(s.offlineStates.transitions[0]!, { action: 'flightMode' }),
    'SPEC134',
    '/offlineStates/transitions/0/action',
  ],
  [
    'a string parameter compared with a number',
    (s) => (job(s).offline.scope = { field: 'minutesWorked', op: 'eq', param: 'region' }),
    'SPEC140',
    '/entities/1/offline/scope/param',
  ],
  [
    'a list parameter compared with eq',
    (s) => (job(s).offline.scope = { field: 'region', op: 'eq', param: 'user.roles' }),
    'SPEC140',
    '/entities/1/offline/scope/param',
  ],
  [
    'a boolean value compared with a date',
    (s) => (job(s).offline.scope = { field: 'scheduledAt', op: 'gt', value: true }),
    'SPEC140',
    '/entities/1/offline/scope/value',
  ],
  [
    'a pattern that needs backtracking',
    (s) => Object.assign(fieldOf(s, 'Job', 'title'), { pattern: '(a+)\\1' }),
    'SPEC118',
    '/entities/1/fields/1/pattern',
  ],
  [
    'a text field whose least length is above its most',
    (s) => Object.assign(fieldOf(s, 'Job', 'title'), { minLength: 10, maxLength: 5 }),
    'SPEC117',
    '/entities/1/fields/1/minLength',
  ],
  [
    'a whole-record rule on a field',
    (s) =>
      Object.assign(fieldOf(s, 'Job', 'title'), { conflict: { strategy: 'server-wins', unit: 'record' } }),
    'SPEC125',
    '/entities/1/fields/1/conflict/unit',
  ],
  [
    'a grant with field limits beside a broader grant of the same role',
    (s) =>
      s.roles[0]!.permissions.push({
        entity: 'Job',
        actions: ['read', 'update'],
        scope: { field: 'assigneeId', op: 'eq', param: 'user.id' },
      }),
    'SPEC171',
    '/roles/0/permissions/0',
  ],
  [
    'a before condition on a grant that only creates',
    (s) =>
      s.roles[0]!.permissions.push({
        entity: 'Visit',
        actions: ['create'],
        before: { field: 'leftAt', op: 'is-not-set' },
      }),
    'SPEC172',
    '/roles/0/permissions/4/before',
  ],
  [
    'a time window over a text field',
    (s) => (job(s).offline.scope = { field: 'title', within: { past: '7d' } }),
    'SPEC141',
    '/entities/1/offline/scope/field',
  ],
  [
    'a scope that follows a relation the entity does not have',
    (s) => (entityOf(s, 'Visit').offline.scope = { related: 'site', inScope: true }),
    'SPEC143',
    '/entities/2/offline/scope/related',
  ],
  [
    'a scope that follows four relations in a row',
    (s) =>
      (entityOf(s, 'Visit').offline.scope = {
        related: 'job',
        where: {
          exists: 'visits',
          where: { related: 'job', where: { exists: 'visits', where: { field: 'id', op: 'is-set' } } },
        },
      }),
    'SPEC144',
    '/entities/2/offline/scope/where/where/where/exists',
  ],
  [
    'a scope that asks for related records by an unindexed field',
    (s) => {
      entityOf(s, 'Visit').indexes = [];
      job(s).offline.scope = {
        exists: 'visits',
        where: { field: 'technicianId', op: 'eq', param: 'user.id' },
      };
    },
    'SPEC145',
    '/entities/1/offline/scope/exists',
  ],
  [
    'a calendar window in a time zone that does not exist',
    (s) =>
      (job(s).offline.scope = {
        field: 'scheduledAt',
        calendar: { unit: 'day', from: 0, to: 6, timeZone: 'Mars/Olympus' },
      }),
    'SPEC146',
    '/entities/1/offline/scope/calendar/timeZone',
  ],
  [
    'a scope that keeps the job whose key is the user id',
    (s) => (job(s).offline.scope = { field: 'id', op: 'eq', param: 'user.id' }),
    'SPEC147',
    '/entities/1/offline/scope/field',
  ],
  [
    'a subscription comparing with a parameter it does not declare',
    (s) =>
      (s.subscriptions = [
        {
          name: 'visitsOf',
          entity: 'Visit',
          parameters: [{ name: 'jobId', type: 'string' }],
          where: { field: 'jobId', op: 'eq', param: 'sub.job' },
        },
      ]),
    'SPEC102',
    '/subscriptions/0/where/param',
  ],
  [
    'a subscription parameter used outside its subscription',
    (s) => (job(s).offline.scope = { field: 'region', op: 'eq', param: 'sub.region' }),
    'SPEC102',
    '/entities/1/offline/scope/param',
  ],
  [
    'a retry cap below the first delay',
    (s) => Object.assign(s.retry, { initialDelay: '10m', maxDelay: '1m' }),
    'SPEC150',
    '/retry/maxDelay',
  ],
  [
    'a schedule that pulls neither on start, on reconnect nor on an interval',
    (s) => (job(s).sync.schedule = { onAppStart: false, onReconnect: false }),
    'SPEC155',
    '/entities/1/sync/schedule',
  ],
  [
    'a schedule on an entity that only pushes',
    (s) => Object.assign(entityOf(s, 'Visit').sync, { direction: 'push' }),
    'SPEC156',
    '/entities/2/sync/schedule',
  ],
  [
    'a schedule on an online-only entity',
    (s) => (entityOf(s, 'Site').offline.availability = 'online-only'),
    'SPEC156',
    '/entities/0/sync/schedule',
  ],
  [
    'a polling interval of a few seconds',
    (s) => (job(s).sync.schedule = { interval: '2s' }),
    'SPEC157',
    '/entities/1/sync/schedule/interval',
  ],
  [
    'a relation through a non-reference field',
    (s) => Object.assign(job(s).relations![0]!, { field: 'region' }),
    'SPEC160',
    '/entities/1/relations/0/field',
  ],
  [
    'a one-to-many relation whose field points elsewhere',
    (s) => {
      entityOf(s, 'Visit').fields.push({ name: 'siteId', type: 'reference', entity: 'Site' });
      job(s).relations![1]!.field = 'siteId';
    },
    'SPEC160',
    '/entities/1/relations/1/field',
  ],
  [
    'cascading deletes in a circle',
    (s) => {
      job(s).relations![0]!.onDelete = 'cascade';
      entityOf(s, 'Site').fields.push({ name: 'lastJobId', type: 'reference', entity: 'Job' });
      entityOf(s, 'Site').relations = [
        { name: 'lastJob', kind: 'many-to-one', entity: 'Job', field: 'lastJobId', onDelete: 'cascade' },
      ];
    },
    'SPEC161',
    '/entities/0/relations/0/onDelete',
  ],
  [
    'an entity no role can read',
    (s) =>
      s.roles.forEach((r) => {
        r.permissions = r.permissions.filter((p) => p.entity !== 'Visit');
      }),
    'SPEC170',
    '/entities/2',
  ],
];
