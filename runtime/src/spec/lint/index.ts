import type { Diagnostic } from '../diagnostics';
import { sortDiagnostics } from '../diagnostics';
import type { SyncSpec } from '../types';
import { checkConflictRules } from './conflict-rules';
import { createContext, type LintContext } from './context';
import { checkEntitySettings } from './entity-settings';
import { checkFieldSettings } from './field-settings';
import { checkKeys } from './keys';
import { checkNaming } from './naming';
import { checkOfflineStates } from './offline-states';
import { checkPermissions } from './permissions';
import { checkReferences } from './references';
import { checkRelations } from './relations';
import { checkRetry } from './retry';
import { checkSchedules } from './schedules';
import { checkScopes } from './scopes';
import { checkSubscriptions } from './subscriptions';

/** Every group of checks, run in this order over one shared context. */
const checks: ReadonlyArray<(context: LintContext) => void> = [
  checkNaming,
  checkKeys,
  checkFieldSettings,
  checkReferences,
  checkEntitySettings,
  checkConflictRules,
  checkRelations,
  checkScopes,
  checkSubscriptions,
  checkPermissions,
  checkOfflineStates,
  checkRetry,
  checkSchedules,
];

/**
 * Checks the meaning of a structurally valid spec: names that resolve, rules that fit their fields,
 * an offline state machine that can always get back online, and more (codes SPEC1xx).
 *
 * Pure and linear in the size of the spec. Pass only a spec that {@link validate} accepted; use
 * {@link check} to do both on untrusted input.
 *
 * @example
 * const result = validate(input);
 * if (result.valid) for (const d of lint(result.spec)) console.log(d.code, d.pointer, d.message);
 */
export function lint(spec: SyncSpec): Diagnostic[] {
  const { context, found } = createContext(spec);
  for (const run of checks) run(context);
  return sortDiagnostics(found);
}
