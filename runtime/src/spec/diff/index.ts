import type { SyncSpec } from '../types';
import { diffApp, diffParameters, diffRoles } from './access';
import { diffEntities } from './entities';
import { diffOfflineStates, diffRetry } from './offline-states';
import { diffSubscriptions } from './subscriptions';
import type { SpecChange } from './types';

export { diffFromNothing } from './first-version';
export { summarizeDiff } from './summarize';
export {
  type Availability,
  type ChangeBase,
  type Risk,
  SPEC_CHANGE_KINDS,
  type SpecChange,
  type SpecChangeKind,
  type SpecChangeKindName,
} from './types';

/**
 * The semantic changes from `old` to `next`, for a reviewer: what was added, removed or changed, how
 * risky each change is and whether it breaks devices that already hold data.
 *
 * Items are matched by name (entities, fields, roles, states, ...), so reordering is not a change.
 * The order is stable: app, parameters, roles, entities (each: removals, then additions and changes
 * in the new spec's order), offline states, retry. Both specs must be structurally valid.
 *
 * @example
 * for (const change of diff(before, after)) if (change.breaking) console.log(change.summary);
 */
export function diff(old: SyncSpec, next: SyncSpec): SpecChange[] {
  const changes: SpecChange[] = [];
  const emit = (change: SpecChange) => {
    changes.push(change);
  };
  diffApp(old, next, emit);
  diffParameters(old, next, emit);
  diffRoles(old, next, emit);
  diffEntities(old, next, emit);
  diffSubscriptions(old, next, emit);
  diffOfflineStates(old, next, emit);
  diffRetry(old, next, emit);
  return changes;
}
