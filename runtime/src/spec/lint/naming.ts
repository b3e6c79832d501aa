import type { LintContext } from './context';

/** Reports the second and later use of a name in one list: entities, fields, roles, states, ... */
function duplicates(
  context: LintContext,
  items: ReadonlyArray<{ readonly name: string }> | undefined,
  listPointer: string,
  kind: string,
  scope: string,
): void {
  if (!items) return;
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const earlier = first.get(item.name);
    if (earlier === undefined) {
      first.set(item.name, i);
      return;
    }
    context.report(
      'SPEC105',
      `${listPointer}/${i}/name`,
      `Two ${kind}s are named “${item.name}”${scope} (items ${earlier + 1} and ${i + 1}).`,
      `Rename one of them: every ${kind} needs its own name so references to it are unambiguous.`,
    );
  });
}

/** Names must be unique within their list: entities, roles, parameters, states, and per entity its fields and relations. */
export function checkNaming(context: LintContext): void {
  const { spec } = context;
  duplicates(context, spec.entities, '/entities', 'entity', '');
  duplicates(context, spec.roles, '/roles', 'role', '');
  duplicates(context, spec.parameters, '/parameters', 'parameter', '');
  duplicates(context, spec.subscriptions, '/subscriptions', 'subscription', '');
  spec.subscriptions?.forEach((sub, i) => {
    duplicates(
      context,
      sub.parameters,
      `/subscriptions/${i}/parameters`,
      'parameter',
      ` in subscription “${sub.name}”`,
    );
  });
  duplicates(context, spec.offlineStates.states, '/offlineStates/states', 'offline state', '');
  spec.entities.forEach((entity, e) => {
    // The context's field map already dropped repeats: equal sizes mean there are none to look for.
    const info = context.entities.get(entity.name);
    if (info?.entity !== entity || info.fields.size !== entity.fields.length) {
      duplicates(context, entity.fields, `/entities/${e}/fields`, 'field', ` in entity “${entity.name}”`);
    }
    duplicates(
      context,
      entity.relations,
      `/entities/${e}/relations`,
      'relation',
      ` in entity “${entity.name}”`,
    );
  });
}
