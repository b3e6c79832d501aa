import { compiledKinds } from '../compiler/compile';
import { newId } from '../graph/ids';
import { uniqueName } from '../graph/names';
import { EntityInspector } from '../inspector/kinds/EntityInspector';
import { icons } from './icons';
import type { NodeKindDef } from './types';

/** A kind of record the app stores: its fields, offline behaviour and sync settings. */
export const entityKind: NodeKindDef<'entity'> = {
  kind: 'entity',
  label: 'Entity',
  description: 'A kind of record, such as a job or a site, with its fields and offline behaviour.',
  icon: icons.entity,
  hue: '--sc-kind-entity',
  summary: (d) =>
    `${d.fields.length} field${d.fields.length === 1 ? '' : 's'} · ${d.offline.availability} · ${d.sync.direction}`,
  create: (doc, position) => {
    const taken = new Set(doc.nodes.flatMap((n) => (n.kind === 'entity' ? [n.data.name] : [])));
    return {
      id: newId('entity'),
      kind: 'entity',
      position,
      data: {
        name: uniqueName(taken, 'Record'),
        key: 'id',
        fields: [{ name: 'id', type: 'string', required: true }],
        offline: { availability: 'read-write' },
        sync: { direction: 'both' },
      },
    };
  },
  inPalette: true,
  Inspector: EntityInspector,
  compilesTo: compiledKinds.entity,
};
