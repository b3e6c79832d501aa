import { compiledKinds } from '../compiler/compile';
import { PriorityInspector } from '../inspector/kinds/PriorityInspector';
import { icons } from './icons';
import type { NodeKindDef } from './types';

/** One of the four fixed priority lanes; entities connect to the lane they sync in. */
export const priorityKind: NodeKindDef<'priority'> = {
  kind: 'priority',
  label: 'Priority lane',
  description: 'How soon changes sync: critical first, low last. Connect each entity to one lane.',
  icon: icons.priority,
  hue: '--sc-kind-priority',
  summary: (d) =>
    ({ critical: 'Syncs first', high: 'Syncs soon', normal: 'Syncs in turn', low: 'Syncs when idle' })[
      d.priority
    ],
  create: () => undefined,
  inPalette: false,
  Inspector: PriorityInspector,
  compilesTo: compiledKinds.priority,
};
