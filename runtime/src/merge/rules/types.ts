import type { Hlc } from '../../protocol/types';
import type { ConflictRule, Field } from '../../spec/types';
import type { FieldValue } from '../values';

/**
 * The three-way input of a field rule: the value the client's edit started from, the server's
 * current value and the client's new value, with the timestamps of the two writes.
 */
export interface RuleInput {
  /** The value the client saw before its edit (`undefined`: unset). */
  readonly base: FieldValue;
  /** The value the server holds now. */
  readonly server: FieldValue;
  /** The value the client wrote. */
  readonly client: FieldValue;
  /** When the server's value was written. */
  readonly serverHlc: Hlc;
  /** When the client's value was written. */
  readonly clientHlc: Hlc;
  readonly field: Field;
  /** The rule in force for this field (the field's own, or the entity's). */
  readonly rule: ConflictRule;
}

/** Which side's value was kept: `merged` means a value computed from both. */
export type Winner = 'server' | 'client' | 'merged';

/**
 * What a rule decided. `manual: true` means a person must decide: `value` is only the interim value
 * shown until then, and both versions are kept.
 */
export interface RuleOutcome {
  readonly value: FieldValue;
  readonly winner: Winner;
  readonly manual?: true;
}

/** A conflict rule for one field: a pure function, the same on the device and on the server. */
export type FieldRule = (input: RuleInput) => RuleOutcome;
