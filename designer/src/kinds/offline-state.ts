import { compiledKinds } from '../compiler/compile';
import { newId } from '../graph/ids';
import { uniqueName } from '../graph/names';
import { OfflineStateInspector } from '../inspector/kinds/OfflineStateInspector';
import { icons } from './icons';
import type { NodeKindDef } from './types';

/** A state of the offline state machine: what syncs and what writes do in it. */
export const offlineStateKind: NodeKindDef<'offlineState'> = {
  kind: 'offlineState',
  label: 'Offline state',
  description:
    'A network situation (online, metered, offline…) and what syncs in it. Connect states with transitions.',
  icon: icons.offlineState,
  hue: '--sc-kind-state',
  summary: (d) =>
    `${d.initial ? 'initial · ' : ''}${d.state.network} · ${d.state.sync.enabled ? 'syncs' : 'no sync'} · writes ${d.state.writes}`,
  create: (doc, position) => {
    const states = doc.nodes.filter((n) => n.kind === 'offlineState');
    const taken = new Set(states.map((n) => (n.kind === 'offlineState' ? n.data.state.name : '')));
    return {
      id: newId('state'),
      kind: 'offlineState',
      position,
      data: {
        initial: states.length === 0,
        state: {
          name: uniqueName(taken, 'state'),
          network: 'online',
          sync: { enabled: true },
          writes: 'allow',
        },
      },
    };
  },
  inPalette: true,
  Inspector: OfflineStateInspector,
  compilesTo: compiledKinds.offlineState,
};
