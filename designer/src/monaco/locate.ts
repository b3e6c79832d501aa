import { parsePointer } from '@syncraft/runtime/spec';
import { findNodeAtLocation, type Node, parseTree } from 'jsonc-parser';

/** A span of JSON text, in UTF-16 offsets. */
export interface TextSpan {
  readonly offset: number;
  readonly length: number;
}

/**
 * Finds the text a JSON pointer designates inside (possibly hand-edited) JSON text.
 *
 * A pointer to a property that is missing (e.g. the one a "required" diagnostic names) falls back to its
 * nearest existing parent, so a diagnostic always lands somewhere visible. For a property, the span is
 * its key (where people look); for an array item or the root, the value.
 */
export function locatePointer(text: string, pointer: string): TextSpan {
  const root = parseTree(text);
  if (!root) return { offset: 0, length: 0 };
  const path: (string | number)[] = [];
  for (const token of parsePointer(pointer)) path.push(/^(0|[1-9]\d*)$/.test(token) ? Number(token) : token);
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(root, path.slice(0, depth));
    if (node) return spanOf(node);
  }
  return { offset: root.offset, length: Math.min(root.length, 1) };
}

function spanOf(node: Node): TextSpan {
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  if (key) return { offset: key.offset, length: key.length };
  // Objects and arrays: mark the opening bracket only, not the whole block.
  if (node.type === 'object' || node.type === 'array') return { offset: node.offset, length: 1 };
  return { offset: node.offset, length: node.length };
}
