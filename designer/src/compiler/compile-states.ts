import type { OfflineStates, Transition } from '@syncraft/runtime/spec';
import { pointer } from '@syncraft/runtime/spec';
import type { NodeOf } from '../graph/types';
import type { CompileContext } from './context';

/** Compiles the offline state nodes and the transition edges into `offlineStates`. */
export function compileOfflineStates(ctx: CompileContext): OfflineStates {
  const stateNodes = ctx.doc.nodes.filter((n): n is NodeOf<'offlineState'> => n.kind === 'offlineState');
  stateNodes.forEach((node, i) => {
    ctx.own(pointer('offlineStates', 'states', i), { type: 'node', id: node.id });
  });
  const initials = stateNodes.filter((n) => n.data.initial);
  if (initials.length === 0) {
    ctx.report(
      'SPEC010',
      '/offlineStates/initial',
      'No offline state is marked as the initial state.',
      'Select the state the app starts in and tick “Initial state”.',
    );
  } else if (initials.length > 1) {
    ctx.report(
      'SPEC019',
      '/offlineStates/initial',
      `${initials.length} offline states are marked as the initial state.`,
      'Keep “Initial state” ticked on one state only.',
      { type: 'node', id: initials[1]!.id },
    );
  }
  if (initials[0]) ctx.own('/offlineStates/initial', { type: 'node', id: initials[0].id });

  const transitions: Transition[] = [];
  for (const edge of ctx.doc.edges) {
    if (edge.kind !== 'transition') continue;
    const source = ctx.nodes.get(edge.source);
    const target = ctx.nodes.get(edge.target);
    const from =
      source?.kind === 'anyState'
        ? '*'
        : source?.kind === 'offlineState'
          ? source.data.state.name
          : undefined;
    if (from === undefined || target?.kind !== 'offlineState') continue;
    ctx.own(pointer('offlineStates', 'transitions', transitions.length), { type: 'edge', id: edge.id });
    const { event, action } = edge.data;
    transitions.push({ from, event, ...(action !== undefined && { action }), to: target.data.state.name });
  }

  return {
    initial: initials[0]?.data.state.name ?? '',
    states: stateNodes.map((n) => n.data.state),
    transitions,
  };
}
