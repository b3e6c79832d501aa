import { compiledKinds } from '../compiler/compile';
import { newId } from '../graph/ids';
import { uniqueName } from '../graph/names';
import { RoleInspector } from '../inspector/kinds/RoleInspector';
import { icons } from './icons';
import type { NodeKindDef } from './types';

/** A user role; its permissions are edges to entities. */
export const roleKind: NodeKindDef<'role'> = {
  kind: 'role',
  label: 'Role',
  description: 'A kind of user, such as technician. Connect it to entities to grant permissions.',
  icon: icons.role,
  hue: '--sc-kind-role',
  summary: (d) => d.description ?? 'role',
  create: (doc, position) => {
    const taken = new Set(doc.nodes.flatMap((n) => (n.kind === 'role' ? [n.data.name] : [])));
    return { id: newId('role'), kind: 'role', position, data: { name: uniqueName(taken, 'member') } };
  },
  inPalette: true,
  Inspector: RoleInspector,
  compilesTo: compiledKinds.role,
};
