import { checkDocumentShape, type Diagnostic } from '@syncraft/runtime/spec';
import { EDGE_KINDS, NODE_KINDS } from './types';

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Checks that a value read from storage has the shape of a designer document: format 1, app
 * settings, parameters, and nodes and edges of known kinds with ids, positions and data. Also
 * refuses `__proto__`/`constructor`/`prototype` keys and absurd nesting. Returns the problems found,
 * each with a JSON pointer into the document; an empty list means the shape is sound.
 */
export function documentShapeProblems(value: unknown): Diagnostic[] {
  const guard = checkDocumentShape(value);
  if (guard.length > 0) return guard;
  const out: Diagnostic[] = [];
  const bad = (pointer: string, message: string) =>
    out.push({
      code: 'SPEC019',
      severity: 'error',
      pointer,
      message,
      hint: 'The saved drawing is damaged: start from a template or import the spec file instead.',
    });
  if (!isObject(value)) return out;
  if (value.format !== 1) bad('/format', 'The saved drawing is not in format 1.');
  if (!isObject(value.app)) bad('/app', 'The saved drawing has no app settings.');
  if (!Array.isArray(value.parameters)) bad('/parameters', 'The saved drawing has no parameter list.');
  const ids = new Set<string>();
  if (!Array.isArray(value.nodes)) bad('/nodes', 'The saved drawing has no node list.');
  else
    value.nodes.forEach((node: unknown, i) => {
      const at = `/nodes/${i}`;
      if (!isObject(node)) {
        bad(at, 'A node is not an object.');
        return;
      }
      if (typeof node.id !== 'string' || ids.has(node.id))
        bad(`${at}/id`, 'A node has no id, or a repeated one.');
      else ids.add(node.id);
      if (!(NODE_KINDS as readonly unknown[]).includes(node.kind))
        bad(`${at}/kind`, `Unknown node kind ${JSON.stringify(node.kind)}.`);
      const p = node.position;
      if (!isObject(p) || !isFiniteNumber(p.x) || !isFiniteNumber(p.y))
        bad(`${at}/position`, 'A node has no position.');
      if (!isObject(node.data)) bad(`${at}/data`, 'A node has no data.');
    });
  if (!Array.isArray(value.edges)) bad('/edges', 'The saved drawing has no edge list.');
  else
    value.edges.forEach((edge: unknown, i) => {
      const at = `/edges/${i}`;
      if (!isObject(edge)) {
        bad(at, 'An edge is not an object.');
        return;
      }
      if (typeof edge.id !== 'string') bad(`${at}/id`, 'An edge has no id.');
      if (!(EDGE_KINDS as readonly unknown[]).includes(edge.kind))
        bad(`${at}/kind`, `Unknown edge kind ${JSON.stringify(edge.kind)}.`);
      if (typeof edge.source !== 'string' || !ids.has(edge.source))
        bad(`${at}/source`, 'An edge starts at no node.');
      if (typeof edge.target !== 'string' || !ids.has(edge.target))
        bad(`${at}/target`, 'An edge ends at no node.');
      if (!isObject(edge.data)) bad(`${at}/data`, 'An edge has no data.');
    });
  return out;
}
