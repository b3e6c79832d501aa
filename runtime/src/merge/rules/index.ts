import type { ConflictStrategy } from '../../spec/types';
import { clientWins } from './client-wins';
import { counter } from './counter';
import { enumPrecedence } from './enum-precedence';
import { fieldMerge } from './field-merge';
import { lastWriterWins } from './last-writer-wins';
import { manual } from './manual';
import { max } from './max';
import { min } from './min';
import { serverWins } from './server-wins';
import { setUnion } from './set-union';
import type { FieldRule } from './types';

/** Every conflict strategy's field rule, one file each. The key set is checked against the spec's. */
export const fieldRules = {
  'last-writer-wins': lastWriterWins,
  'server-wins': serverWins,
  'client-wins': clientWins,
  'field-merge': fieldMerge,
  counter,
  'set-union': setUnion,
  max,
  min,
  'enum-precedence': enumPrecedence,
  manual,
} as const satisfies Record<ConflictStrategy, FieldRule>;

export type { FieldRule, RuleInput, RuleOutcome, Winner } from './types';
