import type { Hlc, JsonValue, Operation } from '../protocol/types';
import type { Entity } from '../spec/types';
import { maxHlc } from './hlc';
import type { ManualConflict, StoredRecord } from './record';
import type { RuleOutcome } from './rules/types';
import type { FieldValue } from './values';

/** How one field of an operation was decided (the step `applyOperation` records per field). */
export interface FieldStep {
  readonly name: string;
  readonly outcome: RuleOutcome;
  readonly strategy: string;
  readonly base: FieldValue;
  readonly server: FieldValue;
  readonly client: JsonValue;
  readonly serverHlc: Hlc;
  /** The rule combines both sides (counter, set-union): the field then carries the later timestamp. */
  readonly delta: boolean;
}

/**
 * The {@link ManualConflict} of an operation whose fields under a `manual` rule met concurrent
 * edits: per field the base, server, client and interim values, and the record version holding
 * the interim. Its id is the operation id and the fields, so a replay never makes a second one.
 */
export function manualConflict(
  entity: Entity,
  op: Operation,
  record: StoredRecord,
  steps: readonly FieldStep[],
): ManualConflict {
  const base: Record<string, JsonValue> = {};
  const server: Record<string, JsonValue> = {};
  const client: Record<string, JsonValue> = {};
  const interim: Record<string, JsonValue> = {};
  let serverHlc = steps[0]!.serverHlc;
  for (const step of steps) {
    if (step.base !== undefined) base[step.name] = step.base;
    if (step.server !== undefined) server[step.name] = step.server;
    client[step.name] = step.client;
    if (step.outcome.value !== undefined) interim[step.name] = step.outcome.value;
    serverHlc = maxHlc(serverHlc, step.serverHlc);
  }
  const fields = steps.map((s) => s.name);
  return {
    id: `${op.id}:${fields.join(',')}`,
    entity: entity.name,
    key: op.key,
    opId: op.id,
    clientId: op.clientId,
    fields,
    base,
    server,
    client,
    interim,
    serverHlc,
    clientHlc: op.hlc,
    version: record.version,
  };
}
