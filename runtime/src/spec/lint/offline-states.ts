import type { LintContext } from './context';
import { nameList, unknownNameHint } from './context';

/**
 * The offline state machine must be well formed: names resolve, the app can always get back online,
 * and every state can be reached from the initial one.
 */
export function checkOfflineStates(context: LintContext): void {
  const { states, transitions, initial } = context.spec.offlineStates;
  const names = context.states;
  if (!names.has(initial)) {
    context.report(
      'SPEC104',
      '/offlineStates/initial',
      `The app starts in the offline state “${initial}”, but there is no state of that name.`,
      unknownNameHint(initial, names, 'state'),
    );
  }
  // Edges of the state graph; `*` stands for every state.
  const forward = new Map<string, Set<string>>([...names].map((n) => [n, new Set<string>()]));
  transitions.forEach((t, i) => {
    const at = `/offlineStates/transitions/${i}`;
    let ok = true;
    if (t.from !== '*' && !names.has(t.from)) {
      ok = false;
      context.report(
        'SPEC104',
        `${at}/from`,
        `Transition ${i + 1} starts from the state “${t.from}”, which does not exist.`,
        unknownNameHint(t.from, names, 'state'),
      );
    }
    if (!names.has(t.to)) {
      ok = false;
      context.report(
        'SPEC104',
        `${at}/to`,
        `Transition ${i + 1} leads to the state “${t.to}”, which does not exist.`,
        unknownNameHint(t.to, names, 'state'),
      );
    }
    if (t.event === 'user-action' && t.action === undefined) {
      context.report(
        'SPEC133',
        at,
        `Transition ${i + 1} happens on a user action, but does not say which action.`,
        'Add "action" with the name the app uses for the button or menu item, e.g. "goOffline".',
      );
    }
    if (t.event !== 'user-action' && t.action !== undefined) {
      context.report(
        'SPEC134',
        `${at}/action`,
        `Transition ${i + 1} names the action “${t.action}”, but its event is "${t.event}", so the action is never used.`,
        'Remove "action", or change the event to "user-action".',
      );
    }
    if (!ok) return;
    for (const from of t.from === '*' ? names : [t.from]) forward.get(from)?.add(t.to);
  });

  const online = states.filter((s) => s.network === 'online').map((s) => s.name);
  if (online.length === 0) {
    context.report(
      'SPEC130',
      '/offlineStates/states',
      'No offline state is on an online network, so the app never syncs everything.',
      'Add a state such as “online”, with the network online, sync on and writes allowed.',
    );
  } else {
    const backward = new Map<string, string[]>();
    for (const [from, tos] of forward) {
      for (const to of tos) backward.set(to, [...(backward.get(to) ?? []), from]);
    }
    const canReturn = reach(online, (n) => backward.get(n) ?? []);
    states.forEach((state, s) => {
      if (canReturn.has(state.name)) return;
      context.report(
        'SPEC131',
        `/offlineStates/states/${s}`,
        `Once in the state “${state.name}”, the app can never get back online: no transitions lead from it to ${nameList(online)}.`,
        `Add a transition from “${state.name}” to “${online[0]}” when the connection is restored.`,
      );
    });
  }
  if (!names.has(initial)) return;
  const reachable = reach([initial], (n) => forward.get(n) ?? []);
  states.forEach((state, s) => {
    if (reachable.has(state.name)) return;
    context.report(
      'SPEC132',
      `/offlineStates/states/${s}`,
      `The state “${state.name}” can never be entered: no transitions lead to it from the initial state “${initial}”.`,
      `Add a transition that leads to “${state.name}”, or remove the state.`,
    );
  });
}

/** Every node reachable from `start` (including `start`) by following `next`. */
function reach(start: readonly string[], next: (node: string) => Iterable<string>): Set<string> {
  const seen = new Set(start);
  const queue = [...start];
  for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
    for (const n of next(node)) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return seen;
}
