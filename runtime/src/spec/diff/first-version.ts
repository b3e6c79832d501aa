import type { Entity, SyncSpec } from '../types';
import { diffParameters, diffRoles } from './access';
import { diffEntities } from './entities';
import { diffFields } from './fields';
import { diffOfflineStates } from './offline-states';
import { diffSubscriptions } from './subscriptions';
import type { SpecChange } from './types';

/**
 * A first version as the changes from nothing, for a reviewer when nothing is published yet: every
 * parameter, role and each of its grants, entity and each of its fields, subscription, offline state
 * and transition, as added. Risk is rated as for any added item (a grant that writes is high, a role
 * medium, an entity or field low); nothing is breaking, since no device holds data of the app yet.
 *
 * @example
 * const changes = published ? diff(published, candidate) : diffFromNothing(candidate);
 */
export function diffFromNothing(spec: SyncSpec): SpecChange[] {
  const changes: SpecChange[] = [];
  const emit = (change: SpecChange) => {
    changes.push(firstVersionChange(change));
  };
  const nothing: SyncSpec = {
    ...spec,
    parameters: [],
    roles: [],
    entities: [],
    subscriptions: [],
    offlineStates: { initial: spec.offlineStates.initial, states: [], transitions: [] },
  };
  diffParameters(nothing, spec, emit);
  // Each role, then each of its grants on its own line, rated like any new grant.
  diffRoles(nothing, spec, emit);
  diffRoles({ ...spec, roles: spec.roles.map((role) => ({ ...role, permissions: [] })) }, spec, emit);
  spec.entities.forEach((entity, index) => {
    const at = `/entities/${index}`;
    diffEntities({ ...nothing, entities: [] }, { ...nothing, entities: [entity] }, (change) =>
      emit({ ...change, pointer: change.pointer.replace(/^\/entities\/0/, at) }),
    );
    const bare: Entity = { ...entity, fields: [] };
    diffFields(bare, entity, at, at, emit);
  });
  diffSubscriptions(nothing, spec, emit);
  diffOfflineStates(nothing, spec, emit);
  return changes;
}

/** No device holds data of an app that was never published: nothing added to it can break one. */
function firstVersionChange(change: SpecChange): SpecChange {
  if (!change.breaking) return change;
  const { detail: _detail, ...rest } = change;
  return { ...rest, breaking: false, risk: change.kind === 'field-added' ? 'low' : change.risk };
}
