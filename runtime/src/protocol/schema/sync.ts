import { DELETE_REASONS, PROTOCOL_VERSION, REJECT_REASONS } from '../constants';
import { PROTOCOL_LIMITS as L } from '../limits';
import {
  instant,
  int,
  type JsonSchema,
  jsonValue,
  listOf,
  object,
  oneOfText,
  recordValues,
  ref,
  str,
  text,
} from './json';

/** The sync endpoint's messages: push, pull and what they carry (docs/protocol.md). */

const protocol = { const: PROTOCOL_VERSION, description: 'The sync protocol version (426 for another).' };
const hlc = {
  type: 'string',
  tsType: 'Hlc',
  description: 'Hybrid-logical-clock timestamp: `<13-digit ms>-<6-digit counter>-<node id>`.',
};
const opId = str('The operation this answers.');
const version = int('The record’s server version after this operation.');
const decisions = listOf(ref('FieldDecision'));

export const syncSchemas: Readonly<Record<string, JsonSchema>> = {
  SetEdit: object(
    { add: listOf({ type: 'string' }), remove: listOf({ type: 'string' }) },
    {},
    'The members one edit added to and removed from a string-set field (disjoint lists).',
  ),
  Operation: object(
    {
      id: text(L.maxIdLength, 'Unique id, also the idempotency key: the server applies an id at most once.'),
      entity: text(L.maxIdLength),
      key: text(L.maxKeyLength, 'The record’s key, as a string.'),
      kind: oneOfText(['upsert', 'delete']),
      changes: recordValues('Only the fields this change sets (a delta). Empty for a delete.'),
      base: recordValues(
        'The values those same fields had in the version the edit was made on (absent when the field was unset), so three-way rules (counter, set union) can tell what this device added.',
      ),
      baseVersion: int(
        'Server version of the record the edit was made on; 0 when the record was created on this device.',
        0,
      ),
      hlc,
      clientId: text(L.maxClientIdLength, 'The device that made the change (stable per installation).'),
    },
    {
      settles: text(
        L.maxConflictIdLength,
        'Set when the operation is a person’s decision on a manual conflict: the conflict id. `changes` then holds the chosen value of every conflicting field and nothing else.',
      ),
      sets: {
        type: 'object',
        additionalProperties: ref('SetEdit'),
        description:
          'Per string-set field in `changes`: the members this edit added and removed, so a stale `base` can never turn an add into a removal. Absent (older clients): the whole-set form, merged by `base`.',
      },
    },
    'One local change, as queued in the outbox and sent in a push.',
  ),
  FieldDecision: object(
    {
      field: str(),
      strategy: str('The conflict rule that decided.'),
      client: jsonValue('What the client wrote.'),
      kept: jsonValue('What the server kept.'),
    },
    {},
    'A field whose stored value differs from what the client wrote, and the rule that decided it.',
  ),
  OperationResult: {
    description: 'The server’s answer for one pushed operation.',
    oneOf: [
      object(
        { opId, status: { const: 'applied' }, version },
        {
          from: int(
            'The record’s server version the operation was applied on (0 when it created the record). When it equals the operation’s `baseVersion`, nothing else changed the record in between: the device knows the new state without pulling it back.',
            0,
          ),
          record: recordValues(
            'The whole record as the server now holds it, sent when other changes landed between the operation’s `baseVersion` and `from`, so the device converges without pulling it back.',
          ),
        },
      ),
      object({
        opId,
        status: { const: 'merged' },
        version,
        record: recordValues('The whole record as the server now holds it, so the device converges.'),
        decisions,
      }),
      object(
        {
          opId,
          status: { const: 'conflict' },
          version,
          conflictId: str(),
          record: recordValues(
            'The record as shown until a person decides (the manual rule’s interim value).',
          ),
          fields: listOf({ type: 'string' }),
        },
        {
          base: recordValues('What the edit started from (the conflicting fields).'),
          server: recordValues('What the server held: the other side’s edit.'),
          client: recordValues('What this device wrote.'),
          decisions: listOf(
            ref('FieldDecision'),
            'Other fields of the same operation that hold something else than it wrote (as in `merged`).',
          ),
        },
      ),
      object(
        {
          opId,
          status: { const: 'rejected' },
          reason: oneOfText(
            REJECT_REASONS,
            'Why the server refused the operation. Final: retrying the same operation fails again.',
          ),
          message: str(),
        },
        { field: str() },
      ),
    ],
  },
  PushRequest: object(
    {
      protocol,
      specVersion: text(L.maxSpecVersionLength, 'The spec version the device runs (app.version).'),
      clientId: text(L.maxClientIdLength),
      operations: { ...listOf(ref('Operation')), maxItems: L.maxOperations },
    },
    { queue: ref('QueueReport') },
  ),
  QueueReport: object(
    {
      pending: int(
        'Operations waiting in the device’s outbox when it sent this push, this batch included.',
        0,
      ),
      deadLetters: int('Operations the device has given up sending until someone retries them.', 0),
    },
    {},
    'The device’s queue as it reports it (optional): the server shows the figures in /metrics.',
  ),
  PushResponse: object({
    protocol,
    results: listOf(ref('OperationResult'), 'One result per operation, in the order sent.'),
  }),
  PullRequest: object(
    {
      protocol,
      specVersion: text(L.maxSpecVersionLength),
      clientId: text(L.maxClientIdLength),
    },
    {
      cursor: text(L.maxCursorLength, 'Opaque position from the previous pull; absent for the first pull.'),
      entities: listOf(
        text(L.maxEntityNameLength),
        'Entities to pull; defaults to every entity the caller may read. A cursor belongs to the entity set it was pulled with.',
      ),
      limit: int(
        `Page size; the server answers at most ${L.maxPullLimit} changes (${L.defaultPullLimit} when absent).`,
        1,
      ),
      openConflicts: {
        ...listOf(text(L.maxConflictIdLength)),
        maxItems: L.maxOpenConflicts,
        description:
          'Ids of the manual conflicts this device holds open: the answer’s `settled` lists those decided since, wherever they were decided.',
      },
      subscriptions: {
        ...listOf(ref('PullSubscription')),
        maxItems: L.maxSubscriptions,
        description:
          'The subscriptions the device holds open (`client.subscribe`): records of the entities they name reach the device when one selects them (within the caller’s read scope) and leave it when none does any more.',
      },
    },
  ),
  ReadRequest: object(
    {
      protocol,
      specVersion: text(L.maxSpecVersionLength),
      clientId: text(L.maxClientIdLength),
      entity: text(
        L.maxEntityNameLength,
        'The entity to read (any entity the caller may read, online-only ones too).',
      ),
    },
    {
      keys: {
        ...listOf(text(L.maxKeyLength)),
        minItems: 1,
        maxItems: L.maxReadKeys,
        description:
          'Read these records only. Records that do not exist, were deleted or lie outside the caller’s read scope are left out of the answer, alike.',
      },
      cursor: text(
        L.maxCursorLength,
        'Without `keys`: the position from the previous page; absent for the first page.',
      ),
      limit: int(
        `Without \`keys\`: page size; at most ${L.maxPullLimit} records (${L.defaultPullLimit} when absent).`,
        1,
      ),
      where: {
        type: 'object',
        additionalProperties: ref('FieldFilter'),
        minProperties: 1,
        maxProperties: L.maxReadFilterFields,
        description:
          'Only records whose fields match, by field name (all must match). Fields the caller’s role may not see cannot be filtered on. With `keys`, filters those records; without, a page may hold fewer records than `limit` while `hasMore` is true.',
      },
    },
    'A read of records straight from the server: by key, or page by page through every record the caller may read.',
  ),
  FieldFilter: {
    description:
      'One field’s condition in a read’s `where`: a value the field must equal (`null`: not set), or bounds it must lie within (datetimes compare as instants).',
    oneOf: [
      { type: ['string', 'number', 'boolean', 'null'] },
      {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        properties: {
          gt: { type: ['string', 'number'] },
          gte: { type: ['string', 'number'] },
          lt: { type: ['string', 'number'] },
          lte: { type: ['string', 'number'] },
        },
      },
    ],
  },
  ReadRecord: object(
    {
      key: str(),
      version: int(),
      record: recordValues('The whole record, without the fields the caller’s role may not see.'),
    },
    {},
    'A record as the server holds it now.',
  ),
  ReadResponse: object(
    {
      protocol,
      records: listOf(ref('ReadRecord')),
      hasMore: {
        type: 'boolean',
        description:
          'True when more records may follow: read again with `cursor`. Always false for a read by keys.',
      },
    },
    { cursor: str('Without `keys`: pass back to read the next page.') },
  ),
  PullSubscription: object(
    {
      name: text(L.maxEntityNameLength, 'The subscription’s name in the spec.'),
      params: recordValues('Its parameter values.'),
    },
    {},
    'An open subscription as a pull carries it.',
  ),
  SettledConflict: {
    description:
      'A manual conflict that is over, as a pull reports it: `decided` on the server (through the API or by a device), or closed because its record was deleted (`record-deleted`).',
    oneOf: [
      object({
        id: str(),
        outcome: { const: 'decided' },
        resolvedBy: str('Who decided (a user id).'),
        resolvedAt: instant(),
        resolution: recordValues(
          'The chosen value of each conflicting field (fields the caller may not see left out).',
        ),
      }),
      object({ id: str(), outcome: { const: 'record-deleted' } }),
    ],
  },
  Change: {
    description: 'One change delivered by a pull.',
    oneOf: [
      object({
        kind: { const: 'upsert' },
        entity: str(),
        key: str(),
        version: int(),
        hlc,
        record: recordValues('The whole record, without the fields the caller’s role may not see.'),
      }),
      object({
        kind: { const: 'delete' },
        entity: str(),
        key: str(),
        version: int(),
        reason: oneOfText(
          DELETE_REASONS,
          '`deleted`: the record is gone; `out-of-scope`: it no longer belongs on this device.',
        ),
      }),
    ],
  },
  PullResponse: object(
    {
      protocol,
      changes: listOf(ref('Change')),
      cursor: str('Pass back on the next pull.'),
      hasMore: { type: 'boolean', description: 'True when more changes are waiting: pull again right away.' },
    },
    {
      settled: listOf(
        ref('SettledConflict'),
        'Of the request’s `openConflicts`, those someone decided since: the device drops them.',
      ),
    },
  ),
};
