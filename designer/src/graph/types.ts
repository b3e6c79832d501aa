/**
 * The designer's graph document: what a person draws. It is serialisable (autosave stores it as is)
 * and compiles to a sync spec (`compiler/compile.ts`). Spec types come from `@syncraft/runtime/spec`;
 * this module only says how they are split across nodes and edges.
 *
 * UI-only state (selection, measured sizes) is not here; positions are, because a reload must keep
 * the drawing, but they never reach the spec.
 */
import type {
  AppInfo,
  Condition,
  ConflictRule,
  Field,
  Index,
  OfflineBehaviour,
  OfflineState,
  Parameter,
  Permission,
  Priority,
  Relation,
  RetryPolicy,
  Subscription,
  SyncSettings,
  Transition,
} from '@syncraft/runtime/spec';

/** Every node kind, in the order the palette offers them. */
export const NODE_KINDS = [
  'entity',
  'priority',
  'conflictRule',
  'scope',
  'offlineState',
  'anyState',
  'retryPolicy',
  'role',
] as const;

/** What a node stands for in the spec. */
export type NodeKind = (typeof NODE_KINDS)[number];

/** Every edge kind. */
export const EDGE_KINDS = ['relation', 'priority', 'rule', 'scope', 'permission', 'transition'] as const;

/** What an edge means in the spec. */
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** `Omit` applied to each member of a union, so the discriminant survives. */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A field as the entity node stores it: its conflict override is a rule node attached to its handle. */
export type FieldDraft = DistributiveOmit<Field, 'conflict'>;

/** An entity without the parts drawn as edges (priority, conflict rule, scope, relations). */
export interface EntityData {
  name: string;
  description?: string;
  key: string;
  fields: FieldDraft[];
  indexes?: Index[];
  offline: Omit<OfflineBehaviour, 'scope'>;
  sync: Omit<SyncSettings, 'priority'>;
  /** The imported spec listed `relations: []`; kept so the round trip is exact. */
  emptyRelations?: true;
}

/** One of the four fixed priority lanes. */
export interface PriorityData {
  priority: Priority;
}

/** A conflict rule; its edge says whether it is an entity's rule or one field's override. */
export interface ConflictRuleData {
  rule: ConflictRule;
}

/** A selective-sync condition; its edge to an entity makes it that entity's `offline.scope`. */
export interface ScopeData {
  condition: Condition;
}

/** A state of the offline state machine; exactly one state is the initial one. */
export interface OfflineStateData {
  state: OfflineState;
  initial: boolean;
}

/** The "any state" source of `from: "*"` transitions. It has no settings. */
export type AnyStateData = Record<string, never>;

/** The spec's single retry policy. */
export interface RetryPolicyData {
  retry: RetryPolicy;
}

/** A role; its permissions are edges to entities. */
export interface RoleData {
  name: string;
  description?: string;
}

/** The data each node kind carries. */
export interface NodeDataByKind {
  entity: EntityData;
  priority: PriorityData;
  conflictRule: ConflictRuleData;
  scope: ScopeData;
  offlineState: OfflineStateData;
  anyState: AnyStateData;
  retryPolicy: RetryPolicyData;
  role: RoleData;
}

/** A position on the canvas, in flow coordinates. */
export interface XY {
  x: number;
  y: number;
}

/** An edge's path as Arrange routed it: level and upright legs, first and last point on the handles. */
export interface EdgeRoute {
  points: XY[];
  /** The middle of its label, where Arrange left room for it. */
  label?: XY;
}

/** A node of one kind. */
export interface NodeOf<K extends NodeKind> {
  id: string;
  kind: K;
  position: XY;
  data: NodeDataByKind[K];
}

/** Any node of the graph: a union discriminated by `kind`. */
export type GraphNode = { [K in NodeKind]: NodeOf<K> }[NodeKind];

/** The data each edge kind carries. */
export interface EdgeDataByKind {
  /** entity → entity: a relation of the source entity (`entity` is the target's name). */
  relation: Omit<Relation, 'entity'>;
  /** entity → priority lane: the entity's `sync.priority`. */
  priority: Record<string, never>;
  /** conflict rule → entity: the entity's rule, or with `field` that field's override. */
  rule: { field?: string };
  /** scope → entity: the entity's `offline.scope`. */
  scope: Record<string, never>;
  /** role → entity: a permission of the role. */
  permission: Omit<Permission, 'entity'>;
  /** state (or any-state) → state: a transition of the state machine. */
  transition: Omit<Transition, 'from' | 'to'>;
}

/** An edge of one kind. */
export interface EdgeOf<K extends EdgeKind> {
  id: string;
  kind: K;
  source: string;
  target: string;
  data: EdgeDataByKind[K];
}

/** Any edge of the graph: a union discriminated by `kind`. */
export type GraphEdge = { [K in EdgeKind]: EdgeOf<K> }[EdgeKind];

/**
 * The whole working document. Nodes and edges keep spec order within each kind, so compiling an
 * imported spec gives it back exactly.
 */
export interface DesignerDocument {
  format: 1;
  app: AppInfo;
  parameters: Parameter[];
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The spec's subscriptions, kept as written (edited in the JSON view). */
  subscriptions?: Subscription[];
  /** The spec's `$schema`, when it had one. */
  specSchema?: string;
  /**
   * The paths Arrange chose for edges (edge id → route), so they go around cards and their labels
   * clear of each other. Like positions they are drawing, never spec; an edge whose end has moved
   * since is drawn as a plain curve again.
   */
  routes?: Record<string, EdgeRoute>;
  /** The imported spec listed `parameters: []`; kept so the round trip is exact. */
  emptyParameters?: true;
}

/** Narrows a node to one kind. */
export function isNodeOf<K extends NodeKind>(
  node: GraphNode,
  kind: K,
): node is Extract<GraphNode, { kind: K }> {
  return node.kind === kind;
}

/** Narrows an edge to one kind. */
export function isEdgeOf<K extends EdgeKind>(
  edge: GraphEdge,
  kind: K,
): edge is Extract<GraphEdge, { kind: K }> {
  return edge.kind === kind;
}

/** The handle id of an entity field, used by rule edges that override one field. */
export function fieldHandle(field: string): string {
  return `field:${field}`;
}
