import type { Relation } from '../types';
import type { LintContext } from './context';
import { nameList } from './context';
import { reportUnknownEntity, reportUnknownField } from './references';

/**
 * A relation must be backed by a reference field that points the right way: for many-to-one this
 * entity holds a reference to the other; for one-to-many the other entity holds one to this.
 * Cascading deletes must not loop back on themselves.
 */
export function checkRelations(context: LintContext): void {
  // Deleting a record of the outer key's entity deletes records of the inner keys' entities; the
  // value is the relation that says so.
  const cascades = new Map<string, Map<string, string>>();
  const addCascade = (from: string, to: string, at: string) => {
    if (from === to) return; // a tree of one entity (folders in folders) is deleted branch by branch
    const edges = cascades.get(from) ?? new Map<string, string>();
    if (!edges.has(to)) edges.set(to, at);
    cascades.set(from, edges);
  };
  context.spec.entities.forEach((entity, e) => {
    (entity.relations ?? []).forEach((relation, r) => {
      const at = `/entities/${e}/relations/${r}`;
      if (!context.entities.has(relation.entity)) {
        reportUnknownEntity(context, relation.entity, `${at}/entity`, `in relation “${relation.name}”`);
        return;
      }
      const holder = relation.kind === 'many-to-one' ? entity.name : relation.entity;
      const target = relation.kind === 'many-to-one' ? relation.entity : entity.name;
      if (context.entities.get(holder)?.fields.has(relation.field) === false) {
        reportUnknownField(
          context,
          holder,
          relation.field,
          `${at}/field`,
          `to link relation “${relation.name}”`,
        );
        return;
      }
      checkLinkField(context, relation, holder, target, `${at}/field`);
      if (relation.onDelete === 'cascade') addCascade(target, holder, `${at}/onDelete`);
    });
  });
  reportCycles(context, cascades);
}

function checkLinkField(
  context: LintContext,
  relation: Relation,
  holder: string,
  target: string,
  at: string,
): void {
  const field = context.entities.get(holder)?.fields.get(relation.field);
  if (!field || (field.type === 'reference' && field.entity === target)) return;
  const actual =
    field.type === 'reference'
      ? `a reference to “${field.entity}”`
      : `a ${field.type} field, not a reference`;
  context.report(
    'SPEC160',
    at,
    `Relation “${relation.name}” links through field “${relation.field}” of entity “${holder}”, which is ${actual}; it must be a reference to “${target}”.`,
    relation.kind === 'many-to-one'
      ? `Make “${relation.field}” a reference field to “${target}”, or use one-to-many if “${relation.entity}” holds the link.`
      : `Make field “${relation.field}” of entity “${holder}” a reference field to “${target}”, or use many-to-one if this entity holds the link.`,
  );
}

/** Reports each cascade cycle once, at the relation that closes it. */
function reportCycles(
  context: LintContext,
  cascades: ReadonlyMap<string, ReadonlyMap<string, string>>,
): void {
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  const path: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    path.push(node);
    for (const [next, relationPointer] of cascades.get(node) ?? []) {
      const s = state.get(next);
      if (s === 'open') {
        const cycle = path.slice(path.indexOf(next));
        const key = [...cycle].sort().join('|');
        if (!reported.has(key)) {
          reported.add(key);
          context.report(
            'SPEC161',
            relationPointer,
            `Deleting a record cascades in a circle: ${[...cycle, next].join(' → ')}. One delete can remove records of ${nameList(cycle)} far beyond what was meant.`,
            'Use "restrict" or "set-null" for one of these relations so the chain stops.',
          );
        }
      } else if (s === undefined) {
        visit(next);
      }
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const name of context.entities.keys()) if (!state.has(name)) visit(name);
}
