import { compiledKinds } from '../compiler/compile';
import { AnyStateInspector } from '../inspector/kinds/AnyStateInspector';
import { icons } from './icons';
import type { NodeKindDef } from './types';

/** The source of transitions that apply in every state (`from: "*"`). */
export const anyStateKind: NodeKindDef<'anyState'> = {
  kind: 'anyState',
  label: 'Any state',
  description: 'Transitions from here apply in every state, e.g. any state → offline on connection lost.',
  icon: icons.anyState,
  hue: '--sc-kind-state',
  summary: () => 'from every state',
  create: (doc, position) =>
    doc.nodes.some((n) => n.kind === 'anyState')
      ? undefined
      : { id: 'any-state', kind: 'anyState', position, data: {} },
  inPalette: true,
  Inspector: AnyStateInspector,
  compilesTo: compiledKinds.anyState,
};
