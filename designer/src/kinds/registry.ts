import type { NodeKind, NodeOf } from '../graph/types';
import { anyStateKind } from './any-state';
import { conflictRuleKind } from './conflict-rule';
import { entityKind } from './entity';
import { offlineStateKind } from './offline-state';
import { priorityKind } from './priority';
import { retryPolicyKind } from './retry-policy';
import { roleKind } from './role';
import { scopeKind } from './scope';
import type { NodeKindDef } from './types';

/** Every node kind's definition, keyed by kind. A test checks the keys against `NODE_KINDS` and the compiler. */
export const kindRegistry = {
  entity: entityKind,
  priority: priorityKind,
  conflictRule: conflictRuleKind,
  scope: scopeKind,
  offlineState: offlineStateKind,
  anyState: anyStateKind,
  retryPolicy: retryPolicyKind,
  role: roleKind,
} as const satisfies { [K in NodeKind]: NodeKindDef<K> };

/** The definition of a node's kind, typed for that node. */
export function kindOf<K extends NodeKind>(node: NodeOf<K>): NodeKindDef<K> {
  return kindRegistry[node.kind] as unknown as NodeKindDef<K>;
}
