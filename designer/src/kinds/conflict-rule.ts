import { compiledKinds } from '../compiler/compile';
import { newId } from '../graph/ids';
import { ConflictRuleInspector } from '../inspector/kinds/ConflictRuleInspector';
import { icons } from './icons';
import type { NodeKindDef } from './types';

/** How two offline edits of the same record (or field) are reconciled. */
export const conflictRuleKind: NodeKindDef<'conflictRule'> = {
  kind: 'conflictRule',
  label: 'Conflict rule',
  description: 'How two edits made apart are reconciled. Connect it to an entity, or to one of its fields.',
  icon: icons.conflictRule,
  hue: '--sc-kind-rule',
  summary: (d) => d.rule.strategy.replace(/-/g, ' '),
  create: (_doc, position) => ({
    id: newId('rule'),
    kind: 'conflictRule',
    position,
    data: { rule: { strategy: 'last-writer-wins' } },
  }),
  inPalette: true,
  Inspector: ConflictRuleInspector,
  compilesTo: compiledKinds.conflictRule,
};
