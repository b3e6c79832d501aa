import { describeCondition } from '@syncraft/runtime/spec';
import { compiledKinds } from '../compiler/compile';
import { newId } from '../graph/ids';
import { ScopeInspector } from '../inspector/kinds/ScopeInspector';
import { icons } from './icons';
import type { NodeKindDef } from './types';

/** Selective sync: which records of an entity go to the device. */
export const scopeKind: NodeKindDef<'scope'> = {
  kind: 'scope',
  label: 'Offline scope',
  description: 'Which records go to the device, e.g. only jobs assigned to me. Connect it to an entity.',
  icon: icons.scope,
  hue: '--sc-kind-scope',
  summary: (d) => describeCondition(d.condition),
  create: (_doc, position) => ({
    id: newId('scope'),
    kind: 'scope',
    position,
    data: { condition: { field: 'id', op: 'eq', param: 'user.id' } },
  }),
  inPalette: true,
  Inspector: ScopeInspector,
  compilesTo: compiledKinds.scope,
};
