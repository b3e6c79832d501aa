import { checkDocumentShape } from '@syncraft/runtime/spec';
import type { DesignerDocument } from '../graph';
import { EDGE_KINDS, NODE_KINDS } from '../graph';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * Whether a value read back from the device is a designer document this build can open: format 1,
 * app metadata, and nodes and edges of known kinds with ids, positions and data. It is also refused
 * when it carries `__proto__`/`constructor`/`prototype` keys or breaks the spec size limits.
 * What the nodes say is checked later by the compiler, which reports it as diagnostics.
 */
export function isDesignerDocument(value: unknown): value is DesignerDocument {
  if (!isRecord(value) || value.format !== 1) return false;
  if (checkDocumentShape(value).length > 0) return false;
  const { app, parameters, nodes, edges } = value;
  if (!isRecord(app) || typeof app.id !== 'string' || typeof app.name !== 'string') return false;
  if (!Array.isArray(parameters) || !Array.isArray(nodes) || !Array.isArray(edges)) return false;
  const nodeKinds: readonly unknown[] = NODE_KINDS;
  const edgeKinds: readonly unknown[] = EDGE_KINDS;
  const ids = new Set<string>();
  for (const node of nodes) {
    if (!isRecord(node) || typeof node.id !== 'string' || !nodeKinds.includes(node.kind)) return false;
    if (!isRecord(node.position) || !isNumber(node.position.x) || !isNumber(node.position.y)) return false;
    if (!isRecord(node.data)) return false;
    ids.add(node.id);
  }
  for (const edge of edges) {
    if (!isRecord(edge) || typeof edge.id !== 'string' || !edgeKinds.includes(edge.kind)) return false;
    if (typeof edge.source !== 'string' || typeof edge.target !== 'string' || !isRecord(edge.data))
      return false;
    if (!ids.has(edge.source) || !ids.has(edge.target)) return false;
  }
  return true;
}
