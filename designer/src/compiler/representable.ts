import { type Diagnostic, pointer, type SyncSpec } from '@syncraft/runtime/spec';

/**
 * Finds what a valid spec says that a drawing cannot hold: references to entities or states that do
 * not exist (an edge needs both ends) and repeated names that make those references ambiguous.
 * Such a spec is also wrong in meaning, so the designer refuses to load it and says where.
 */
export function representabilityProblems(spec: SyncSpec): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (at: string, message: string, hint: string) =>
    out.push({ code: 'SPEC019', severity: 'error', pointer: at, message, hint });

  const entityNames = repeated(
    spec.entities.map((e) => e.name),
    (name, i) =>
      report(
        pointer('entities', i, 'name'),
        `Two entities are named “${name}”.`,
        'Give every entity its own name.',
      ),
  );
  const stateNames = repeated(
    spec.offlineStates.states.map((s) => s.name),
    (name, i) =>
      report(
        pointer('offlineStates', 'states', i, 'name'),
        `Two offline states are named “${name}”.`,
        'Give every state its own name.',
      ),
  );
  spec.entities.forEach((entity, i) => {
    repeated(
      entity.fields.map((f) => f.name),
      (name, f) =>
        report(
          pointer('entities', i, 'fields', f, 'name'),
          `Entity “${entity.name}” has two fields named “${name}”.`,
          'Give every field of an entity its own name.',
        ),
    );
    (entity.relations ?? []).forEach((relation, r) => {
      if (!entityNames.has(relation.entity)) {
        report(
          pointer('entities', i, 'relations', r, 'entity'),
          `Relation “${relation.name}” of “${entity.name}” points to entity “${relation.entity}”, which does not exist.`,
          `Use one of: ${[...entityNames].join(', ')}.`,
        );
      }
    });
  });
  spec.roles.forEach((role, i) => {
    role.permissions.forEach((permission, p) => {
      if (!entityNames.has(permission.entity)) {
        report(
          pointer('roles', i, 'permissions', p, 'entity'),
          `Role “${role.name}” has a permission on entity “${permission.entity}”, which does not exist.`,
          `Use one of: ${[...entityNames].join(', ')}.`,
        );
      }
    });
  });
  const states = spec.offlineStates;
  if (!stateNames.has(states.initial)) {
    report(
      '/offlineStates/initial',
      `The initial state “${states.initial}” does not exist.`,
      'Name one of the states.',
    );
  }
  states.transitions.forEach((t, i) => {
    if (t.from !== '*' && !stateNames.has(t.from)) {
      report(
        pointer('offlineStates', 'transitions', i, 'from'),
        `A transition starts from state “${t.from}”, which does not exist.`,
        'Name one of the states, or "*" for any state.',
      );
    }
    if (!stateNames.has(t.to)) {
      report(
        pointer('offlineStates', 'transitions', i, 'to'),
        `A transition goes to state “${t.to}”, which does not exist.`,
        'Name one of the states.',
      );
    }
  });
  return out;
}

/** Collects the names and calls `onRepeat` for each repetition after the first. */
function repeated(names: readonly string[], onRepeat: (name: string, index: number) => void): Set<string> {
  const seen = new Set<string>();
  names.forEach((name, i) => {
    if (seen.has(name)) onRepeat(name, i);
    seen.add(name);
  });
  return seen;
}
