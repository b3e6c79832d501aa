import { REJECT_REASONS } from '../constants';
import { instant, int, type JsonSchema, listOf, nullable, object, oneOfText, ref, str } from './json';

/** The registry's audit log and the audit of offline actions (`GET /sync/operations`). */
export const auditSchemas: Readonly<Record<string, JsonSchema>> = {
  AuditEntry: object(
    {
      id: int(),
      at: instant(),
      userId: str(),
      roles: listOf({ type: 'string' }),
      action: ref('AuditAction'),
      appId: nullable(),
      hash: nullable(),
      details: { type: 'object', additionalProperties: true },
      comment: nullable(),
    },
    {},
    'One audit record.',
  ),
  AuditList: object({ entries: listOf(ref('AuditEntry')) }, {}, 'Audit records, oldest first.'),
  AuditChainCheck: object(
    {
      ok: { type: 'boolean' },
      entries: int('Entries checked before the first break (all of them when ok).'),
      headHash: str('The hash the chain ends in: record it elsewhere to anchor the log.'),
    },
    {
      firstBroken: object(
        {
          position: int('Position in the chain, 1 for the first entry.'),
          id: { type: ['integer', 'null'] },
          problem: oneOfText(['altered', 'missing', 'reordered', 'relinked']),
          message: str(),
        },
        {},
        'The first entry where the chain breaks.',
      ),
    },
    'The tamper-evidence check of the audit log: every entry re-hashed and linked to the one before.',
  ),
  AuditedOperation: object(
    {
      opId: str(),
      at: instant('When the server answered.'),
      userId: nullable(),
      clientId: str(),
      entity: nullable('Null for operations stored before it was kept.'),
      key: nullable(),
      kind: { type: ['string', 'null'], enum: ['upsert', 'delete', null] },
      status: oneOfText(['applied', 'merged', 'conflict', 'rejected']),
    },
    {
      version: int(),
      reason: oneOfText(REJECT_REASONS),
      message: str(),
      field: str(),
      conflictId: str(),
      decided: listOf(
        object({ field: str(), strategy: str() }),
        'Fields a rule decided otherwise than written, and by which rule (no values).',
      ),
    },
    'One pushed operation as the audit shows it: who, what, when and the outcome, without values.',
  ),
  AuditedOperationPage: object(
    { operations: listOf(ref('AuditedOperation')) },
    { nextCursor: str('Absent on the last page.') },
    'One page of pushed operations, oldest first.',
  ),
};
