import type { RetryPolicy, SyncSpec, Transition } from '../types';
import { byName, type Emit, same, show } from './util';

/** States of the offline machine, its initial state and its transitions. */
export function diffOfflineStates(old: SyncSpec, next: SyncSpec, emit: Emit): void {
  const o = old.offlineStates;
  const n = next.offlineStates;
  if (o.initial !== n.initial) {
    emit({
      kind: 'initial-state-changed',
      before: o.initial,
      after: n.initial,
      pointer: '/offlineStates/initial',
      summary: `Initial offline state: ${o.initial} → ${n.initial}`,
      risk: 'medium',
      breaking: false,
    });
  }
  const before = byName(o.states);
  const after = byName(n.states);
  for (const [name, { index }] of before) {
    if (after.has(name)) continue;
    emit({
      kind: 'offline-state-removed',
      state: name,
      pointer: `/offlineStates/states/${index}`,
      summary: `Offline state ${name} removed`,
      risk: 'medium',
      breaking: false,
      detail: 'Devices currently in this state move to the initial state when they update.',
    });
  }
  for (const [name, { item, index }] of after) {
    const at = `/offlineStates/states/${index}`;
    const was = before.get(name)?.item;
    if (!was) {
      emit({
        kind: 'offline-state-added',
        state: name,
        pointer: at,
        summary: `Offline state ${name} added (${item.network}, writes ${item.writes})`,
        risk: 'low',
        breaking: false,
      });
      continue;
    }
    for (const property of ['network', 'sync', 'writes', 'entityWrites', 'description'] as const) {
      if (same(was[property], item[property])) continue;
      const blocks = property === 'writes' && item.writes === 'block';
      emit({
        kind: 'offline-state-changed',
        state: name,
        property,
        pointer: item[property] !== undefined ? `${at}/${property}` : at,
        summary: `Offline state ${name} ${property}: ${show(was[property])} → ${show(item[property])}`,
        risk: property === 'description' ? 'low' : blocks ? 'high' : 'medium',
        breaking: false,
      });
    }
  }
  const key = (t: Transition) => `${t.from}|${t.event}|${t.action ?? ''}|${t.to}`;
  const oldKeys = new Set(o.transitions.map(key));
  const newKeys = new Set(n.transitions.map(key));
  const describe = (t: Transition) => `${t.from} --${t.event}${t.action ? `(${t.action})` : ''}--> ${t.to}`;
  const fields = (t: Transition) => ({
    from: t.from,
    event: t.event,
    to: t.to,
    ...(t.action !== undefined ? { action: t.action } : {}),
  });
  o.transitions.forEach((t, i) => {
    if (newKeys.has(key(t))) return;
    emit({
      kind: 'transition-removed',
      ...fields(t),
      pointer: `/offlineStates/transitions/${i}`,
      summary: `Transition removed: ${describe(t)}`,
      risk: 'low',
      breaking: false,
    });
  });
  n.transitions.forEach((t, i) => {
    if (oldKeys.has(key(t))) return;
    emit({
      kind: 'transition-added',
      ...fields(t),
      pointer: `/offlineStates/transitions/${i}`,
      summary: `Transition added: ${describe(t)}`,
      risk: 'low',
      breaking: false,
    });
  });
}

const retrySettings = [
  'initialDelay',
  'maxDelay',
  'multiplier',
  'jitter',
  'maxAttempts',
] as const satisfies ReadonlyArray<keyof RetryPolicy>;

/** The retry policy: fewer attempts send changes to the dead-letter queue sooner. */
export function diffRetry(old: SyncSpec, next: SyncSpec, emit: Emit): void {
  for (const setting of retrySettings) {
    const before = old.retry[setting];
    const after = next.retry[setting];
    if (before === after) continue;
    const fewer = setting === 'maxAttempts' && (after as number) < (before as number);
    emit({
      kind: 'retry-changed',
      setting,
      before,
      after,
      pointer: `/retry/${setting}`,
      summary: `Retry ${setting}: ${before} → ${after}`,
      risk: fewer ? 'medium' : 'low',
      breaking: false,
      ...(fewer
        ? { detail: 'Changes that keep failing reach the dead-letter queue after fewer attempts.' }
        : {}),
    });
  }
}
