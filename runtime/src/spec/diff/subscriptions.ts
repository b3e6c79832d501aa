import type { SyncSpec } from '../types';
import type { SpecChange } from './types';
import { canonical, same } from './util';

/**
 * Subscriptions by name. Removing one breaks apps that open it (their devices get a 400 at the next
 * pull until they are updated); a changed condition or parameter list changes what devices hold.
 */
export function diffSubscriptions(old: SyncSpec, next: SyncSpec, emit: (change: SpecChange) => void): void {
  const before = new Map((old.subscriptions ?? []).map((s, i) => [s.name, { sub: s, i }]));
  const after = new Map((next.subscriptions ?? []).map((s, i) => [s.name, { sub: s, i }]));
  for (const [name, { sub, i }] of before) {
    if (after.has(name)) continue;
    emit({
      kind: 'subscription-removed',
      subscription: name,
      entity: sub.entity,
      pointer: `/subscriptions/${i}`,
      summary: `Subscription ${name} (${sub.entity}) removed`,
      risk: 'medium',
      breaking: true,
      detail: 'Apps that still open it are refused at their next pull until they are updated.',
    });
  }
  for (const [name, { sub, i }] of after) {
    const was = before.get(name)?.sub;
    if (!was) {
      emit({
        kind: 'subscription-added',
        subscription: name,
        entity: sub.entity,
        pointer: `/subscriptions/${i}`,
        summary: `Subscription ${name} brings ${sub.entity} records where ${canonical(sub.where)}`,
        risk: 'low',
        breaking: false,
        detail: 'Devices receive these records only when the app opens it, within what their roles may read.',
      });
      continue;
    }
    if (same(was, sub)) continue;
    emit({
      kind: 'subscription-changed',
      subscription: name,
      entity: sub.entity,
      pointer: `/subscriptions/${i}`,
      summary: `Subscription ${name}: ${canonical(was.where)} → ${canonical(sub.where)}`,
      risk: 'medium',
      breaking: !same(was.parameters, sub.parameters),
      ...(!same(was.parameters, sub.parameters)
        ? { detail: 'Its parameters changed: apps that open it with the old parameters are refused.' }
        : {}),
    });
  }
}
