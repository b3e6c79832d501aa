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
  // Valid at once: synced in the normal lane, decided by last writer wins (field by field); both
  // are drawn, so changing them is moving the edge or swapping the rule.
  companions: (doc, node) => {
    const lane = doc.nodes.find((n) => n.kind === 'priority' && n.data.priority === 'normal');
    const rule = newId('conflictRule');
    return {
      nodes: [
        {
          id: rule,
          kind: 'conflictRule',
          position: { x: node.position.x - 260, y: node.position.y },
          data: { rule: { strategy: 'last-writer-wins' } },
        },
      ],
      edges: [
        { id: newId('rule'), kind: 'rule', source: rule, target: node.id, data: {} },
        ...(lane
          ? [{ id: newId('priority'), kind: 'priority' as const, source: node.id, target: lane.id, data: {} }]
          : []),
      ],
    };
  },
  inPalette: true,
  Inspector: EntityInspector,
  compilesTo: compiledKinds.entity,
};
