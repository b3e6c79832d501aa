import type { DesignerDocument, GraphEdge, GraphNode, XY } from '../graph/types';
import { ENTITY_WIDTH, estimateSize } from './size';

/** Height of one docked card under its entity, in pixels (the canvas CSS uses the same figure). */
export const DOCK_HEIGHT = 28;
/** Space between the entity card and its first docked card, and between docked cards. */
export const DOCK_GAP = 3;
/** How far docked cards are inset from the entity card's left and right edges. */
export const DOCK_INSET = 10;

/** What a docked card stands for on its entity. */
export type DockRole = 'rule' | 'field-rule' | 'scope';

/** A rule or scope drawn under its entity instead of as a free card with an edge. */
export interface Dock {
  /** The entity it is drawn under. */
  readonly host: string;
  /** The rule or scope edge that attaches it; the canvas does not draw it. */
  readonly edge: string;
  /** Its place under the entity, from 0. */
  readonly slot: number;
  readonly role: DockRole;
  /** The overridden field, for a field rule. */
  readonly field?: string;
}

/** Which cards are docked, and what each entity carries. */
export interface DockPlan {
  /** Docked node id → where it is docked. */
  readonly docks: ReadonlyMap<string, Dock>;
  /** Entity id → its docked node ids, in slot order. */
  readonly trays: ReadonlyMap<string, readonly string[]>;
  /** The edges docking replaces. */
  readonly hiddenEdges: ReadonlySet<string>;
}

/** A plan with nothing docked. */
export const NO_DOCKS: DockPlan = { docks: new Map(), trays: new Map(), hiddenEdges: new Set() };

/**
 * Which conflict rules and scopes are drawn docked under their entity: those attached to exactly one
 * entity (a rule shared by several entities belongs to none and stays a free card with its edges).
 * Under an entity come its own rule, then its field rules in field order, then its scope. The
 * document is not changed: docking is how it is drawn.
 *
 * @example
 * const plan = dockPlan(doc);
 * plan.docks.get('rule-0') // → { host: 'entity-0', edge: 'rule-0', slot: 0, role: 'rule' }
 */
export function dockPlan(doc: Pick<DesignerDocument, 'nodes' | 'edges'>): DockPlan {
  const byId = new Map<string, GraphNode>();
  for (const n of doc.nodes) byId.set(n.id, n);
  const attachments = new Map<string, GraphEdge[]>();
  for (const e of doc.edges) {
    if (e.kind !== 'rule' && e.kind !== 'scope') continue;
    const list = attachments.get(e.source);
    if (list) list.push(e);
    else attachments.set(e.source, [e]);
  }
  const perHost = new Map<string, { id: string; edge: GraphEdge; order: number }[]>();
  for (const [source, edges] of attachments) {
    const edge = edges[0];
    if (edges.length !== 1 || !edge) continue;
    const node = byId.get(source);
    const host = byId.get(edge.target);
    if (!node || host?.kind !== 'entity') continue;
    if (node.kind !== 'conflictRule' && node.kind !== 'scope') continue;
    const fields = host.data.fields;
    const field = edge.kind === 'rule' ? edge.data.field : undefined;
    let order: number;
    if (edge.kind === 'scope') order = fields.length + 2;
    else if (field === undefined) order = 0;
    else {
      const at = fields.findIndex((f) => f.name === field);
      order = at < 0 ? fields.length + 1 : at + 1;
    }
    const list = perHost.get(host.id);
    const entry = { id: source, edge, order };
    if (list) list.push(entry);
    else perHost.set(host.id, [entry]);
  }
  const docks = new Map<string, Dock>();
  const trays = new Map<string, string[]>();
  const hiddenEdges = new Set<string>();
  for (const [host, list] of perHost) {
    list.sort((a, b) => a.order - b.order);
    trays.set(
      host,
      list.map((x) => x.id),
    );
    list.forEach(({ id, edge }, slot) => {
      hiddenEdges.add(edge.id);
      const field = edge.kind === 'rule' ? edge.data.field : undefined;
      docks.set(id, {
        host,
        edge: edge.id,
        slot,
        role: edge.kind === 'scope' ? 'scope' : field === undefined ? 'rule' : 'field-rule',
        ...(field !== undefined && { field }),
      });
    });
  }
  return { docks, trays, hiddenEdges };
}

/** Height the docked cards add under an entity that carries `count` of them. */
export function trayHeight(count: number): number {
  return count === 0 ? 0 : count * (DOCK_HEIGHT + DOCK_GAP);
}

/** Where a docked card is drawn: under its entity (at `host`, `hostHeight` tall), in its slot. */
export function dockPosition(host: XY, hostHeight: number, slot: number): XY {
  return { x: host.x + DOCK_INSET, y: host.y + hostHeight + DOCK_GAP + slot * (DOCK_HEIGHT + DOCK_GAP) };
}

/** Width of a docked card under an entity `hostWidth` wide. */
export function dockWidth(hostWidth = ENTITY_WIDTH): number {
  return hostWidth - 2 * DOCK_INSET;
}

/**
 * The box an entity takes with its docked cards, for layout and for placing new cards. Estimated
 * sizes unless `measured` has the entity's.
 */
export function blockSize(
  entity: GraphNode,
  plan: DockPlan,
  measured?: { readonly width: number; readonly height: number },
): { width: number; height: number } {
  const size = measured ?? estimateSize(entity);
  return { width: size.width, height: size.height + trayHeight(plan.trays.get(entity.id)?.length ?? 0) };
}

/** The size a node is drawn at before the browser measures it, docked cards as the rows they are. */
export function drawnSize(node: GraphNode, plan: DockPlan): { width: number; height: number } {
  return plan.docks.has(node.id) ? { width: dockWidth(), height: DOCK_HEIGHT } : estimateSize(node);
}
