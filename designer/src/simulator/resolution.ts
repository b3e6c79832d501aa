import type { JsonValue } from '@syncraft/runtime/protocol';
import { type ConflictRule, describeValue } from '@syncraft/runtime/spec';
import { type FieldEdit, showValue } from './timeline';

/**
 * Why a concurrent edit under `rule` ended with `result`, in plain language. `edits` are the two
 * devices' values in the order they reached the server.
 */
export function explainResolution(
  rule: ConflictRule,
  edits: readonly FieldEdit[],
  result: JsonValue,
): string {
  const winner = edits.find((e) => !e.adds && JSON.stringify(e.value) === JSON.stringify(result))?.device;
  const kept = winner ? `${winner}'s value is kept` : `the result is ${showValue(result)}`;
  switch (rule.strategy) {
    case 'last-writer-wins':
      return `the later edit wins: ${kept}`;
    case 'field-merge':
      return `each field on its own, the later edit wins: ${kept}`;
    case 'server-wins':
      return `the first value to reach the server stays: ${kept}`;
    case 'client-wins':
      return `the last device to sync wins: ${kept}`;
    case 'counter':
      return 'both increments add up';
    case 'set-union':
      return 'additions from both devices are kept';
    case 'max':
      return `the larger value wins: ${kept}`;
    case 'min':
      return `the smaller value wins: ${kept}`;
    case 'enum-precedence':
      return `earlier in the order (${describeValue(rule.order)}) wins: ${kept}`;
    case 'manual':
      return `a person decides; meanwhile the record shows ${showValue(result)} (interim: ${rule.interim})`;
  }
}
