import type { Permission, Role } from '@syncraft/runtime/spec';
import { pointer } from '@syncraft/runtime/spec';
import type { NodeOf } from '../graph/types';
import type { CompileContext } from './context';

/** Compiles every role node with its permission edges, in document order. */
export function compileRoles(ctx: CompileContext): Role[] {
  const roles = ctx.doc.nodes.filter((n): n is NodeOf<'role'> => n.kind === 'role');
  return roles.map((node, i) => {
    ctx.own(pointer('roles', i), { type: 'node', id: node.id });
    const permissions: Permission[] = [];
    for (const edge of ctx.from(node.id, 'permission')) {
      const target = ctx.nodes.get(edge.target);
      if (target?.kind !== 'entity') continue;
      ctx.own(pointer('roles', i, 'permissions', permissions.length), { type: 'edge', id: edge.id });
      permissions.push({ entity: target.data.name, ...edge.data });
    }
    const { name, description } = node.data;
    return { name, ...(description !== undefined && { description }), permissions };
  });
}
