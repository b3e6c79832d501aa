import type { Parameter, SubscriptionParameter } from '../types';
import type { LintContext } from './context';
import { reportUnknownEntity } from './references';
import { checkCondition } from './scopes';

/** How a subscription parameter compares, in the kinds scope conditions know. */
function kindOf(type: SubscriptionParameter['type']): Parameter['type'] {
  if (type === 'integer') return 'number';
  if (type === 'datetime') return 'string';
  return type;
}

/**
 * Subscriptions name a real entity, and their condition fits that entity, with `sub.<name>` for
 * their own declared parameters only (a `sub.` parameter elsewhere is unknown, SPEC102). A
 * subscription can never widen access (the server intersects it with the role's read scope), so
 * there is nothing to check about widening here: a role whose read grant has no scope lets its
 * subscriptions select any record, which `diff` flags for reviewers.
 */
export function checkSubscriptions(context: LintContext): void {
  context.spec.subscriptions?.forEach((sub, i) => {
    const info = context.entities.get(sub.entity);
    if (!info) {
      reportUnknownEntity(context, sub.entity, `/subscriptions/${i}/entity`, `in subscription “${sub.name}”`);
      return;
    }
    const params = new Map((sub.parameters ?? []).map((p) => [`sub.${p.name}`, kindOf(p.type)]));
    checkCondition(context, info, sub.where, `/subscriptions/${i}/where`, params);
  });
}
