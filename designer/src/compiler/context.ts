import type { Diagnostic, DiagnosticCode } from '@syncraft/runtime/spec';
import type { DesignerDocument, EdgeKind, GraphEdge, GraphNode } from '../graph/types';

/** Which node or edge a part of the spec came from, so a diagnostic can be shown on it. */
export type Owner =
  | { readonly type: 'node'; readonly id: string }
  | { readonly type: 'edge'; readonly id: string };

/**
 * A diagnostic about the drawing itself with no place in the spec (an unconnected rule or scope):
 * it names its node instead. Still a `Diagnostic`, so every list of problems can show it.
 */
export type DesignerDiagnostic = Diagnostic & { readonly nodeId?: string };

/** Shared state of one compile run: lookups, the owner map and the graph's own findings. */
export class CompileContext {
  readonly nodes = new Map<string, GraphNode>();
  readonly owners = new Map<string, Owner>();
  readonly diagnostics: DesignerDiagnostic[] = [];
  private readonly edgesByTarget = new Map<string, GraphEdge[]>();
  private readonly edgesBySource = new Map<string, GraphEdge[]>();

  constructor(readonly doc: DesignerDocument) {
    for (const node of doc.nodes) this.nodes.set(node.id, node);
    for (const edge of doc.edges) {
      push(this.edgesBySource, edge.source, edge);
      push(this.edgesByTarget, edge.target, edge);
    }
  }

  /** Edges of one kind leaving a node, in document order. */
  from<K extends EdgeKind>(id: string, kind: K): Extract<GraphEdge, { kind: K }>[] {
    return (this.edgesBySource.get(id) ?? []).filter(
      (e): e is Extract<GraphEdge, { kind: K }> => e.kind === kind,
    );
  }

  /** Edges of one kind arriving at a node, in document order. */
  to<K extends EdgeKind>(id: string, kind: K): Extract<GraphEdge, { kind: K }>[] {
    return (this.edgesByTarget.get(id) ?? []).filter(
      (e): e is Extract<GraphEdge, { kind: K }> => e.kind === kind,
    );
  }

  /** A warning about a node that does not reach the spec at all. */
  warnNode(nodeId: string, message: string, hint: string): void {
    this.diagnostics.push({ code: 'SPEC019', severity: 'warning', pointer: '', message, hint, nodeId });
  }

  own(pointer: string, owner: Owner): void {
    this.owners.set(pointer, owner);
  }

  report(code: DiagnosticCode, pointer: string, message: string, hint: string, owner?: Owner): void {
    this.diagnostics.push({ code, severity: 'error', pointer, message, hint });
    if (owner && !this.owners.has(pointer)) this.owners.set(pointer, owner);
  }
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds an object without the optional keys whose value is `undefined` (exact optional properties). */
export function defined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as T;
}
