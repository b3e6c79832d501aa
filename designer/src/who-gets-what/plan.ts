import { type Condition, ownerField, type Parameter, teamField } from '@syncraft/runtime/spec';
import { newId } from '../graph/ids';
import type { DesignerDocument, EdgeOf, NodeOf } from '../graph/types';

/** What a role gets of an entity on its devices, in the words of the guided step. */
export type Reach = 'mine' | 'team' | 'all' | 'none';

/** One row of the guided step: an entity, how much of it the role gets, and whether it may edit. */
export interface ReachChoice {
  readonly entity: string;
  readonly reach: Reach;
  readonly edit: boolean;
}

/** The conditions "mine" and "my team's" stand for on one entity, when the drawing can say them. */
export interface ReachOptions {
  readonly mine?: Condition;
  readonly team?: { readonly condition: Condition; readonly parameter: Parameter };
}

type Entity = NodeOf<'entity'>;

function own(entity: Entity): ReachOptions {
  const owner = ownerField(entity.data.fields, entity.data.key);
  const team = teamField(entity.data.fields, entity.data.key);
  const parameter = team?.attribute;
  return {
    ...(owner && { mine: { field: owner.name, op: 'eq', param: 'user.id' } }),
    ...(team &&
      parameter && {
        team: {
          condition: { field: team.field.name, op: 'eq', param: parameter },
          parameter: {
            name: parameter,
            type: 'string',
            description: `The signed-in user's ${parameter}, from their sign-in token.`,
            claim: parameter,
          },
        },
      }),
  };
}

/**
 * What "mine" and "my team's" mean for an entity: its own owner or team field, or else the one of
 * the record it belongs to (a many-to-one relation, one hop: a visit is mine when its job is).
 */
export function reachOptions(doc: DesignerDocument, entityId: string): ReachOptions {
  const entity = doc.nodes.find((n): n is Entity => n.kind === 'entity' && n.id === entityId);
  if (!entity) return {};
  const direct = own(entity);
  if (direct.mine && direct.team) return direct;
  let mine = direct.mine;
  let team = direct.team;
  for (const edge of doc.edges) {
    if (edge.kind !== 'relation' || edge.source !== entityId || edge.data.kind !== 'many-to-one') continue;
    const parent = doc.nodes.find((n): n is Entity => n.kind === 'entity' && n.id === edge.target);
    if (!parent) continue;
    const via = own(parent);
    if (!mine && via.mine) mine = { related: edge.data.name, where: via.mine };
    if (!team && via.team)
      team = { ...via.team, condition: { related: edge.data.name, where: via.team.condition } };
  }
  return { ...(mine && { mine }), ...(team && { team }) };
}

const READ_ONLY: EdgeOf<'permission'>['data']['actions'] = ['read'];
const EDIT: EdgeOf<'permission'>['data']['actions'] = ['read', 'create', 'update'];

/** The role's current reach on each entity, read back from its permission edges. */
export function currentChoices(doc: DesignerDocument, roleId: string): ReachChoice[] {
  return doc.nodes.flatMap((n) => {
    if (n.kind !== 'entity') return [];
    const grants = doc.edges.filter(
      (e): e is EdgeOf<'permission'> => e.kind === 'permission' && e.source === roleId && e.target === n.id,
    );
    const options = reachOptions(doc, n.id);
    const read = grants.find((g) => g.data.actions.includes('read'));
    const edit = grants.some((g) => g.data.actions.includes('update') || g.data.actions.includes('create'));
    const same = (c: Condition | undefined) =>
      c !== undefined && JSON.stringify(c) === JSON.stringify(read?.data.scope);
    const reach: Reach = !read
      ? 'none'
      : read.data.scope === undefined
        ? 'all'
        : same(options.mine)
          ? 'mine'
          : same(options.team?.condition)
            ? 'team'
            : 'all';
    return [{ entity: n.data.name, reach, edit }];
  });
}

/**
 * Draws the role's grants from the choices, as one document edit: each entity's permission gets the
 * scope its reach stands for and read (plus create and update when it may edit); "nothing" removes
 * the role's grants on the entity. A team reach declares the parameter it compares with. Entities
 * whose reach did not change keep their grants as drawn (write rules, hidden fields and all).
 */
export function applyChoices(
  doc: DesignerDocument,
  roleId: string,
  choices: readonly ReachChoice[],
): DesignerDocument {
  const before = new Map(currentChoices(doc, roleId).map((c) => [c.entity, c]));
  let edges = doc.edges;
  const parameters = [...doc.parameters];
  for (const choice of choices) {
    const previous = before.get(choice.entity);
    if (previous && previous.reach === choice.reach && previous.edit === choice.edit) continue;
    const entity = doc.nodes.find((n): n is Entity => n.kind === 'entity' && n.data.name === choice.entity);
    if (!entity) continue;
    edges = edges.filter((e) => !(e.kind === 'permission' && e.source === roleId && e.target === entity.id));
    if (choice.reach === 'none') continue;
    const options = reachOptions(doc, entity.id);
    const scope =
      choice.reach === 'mine' ? options.mine : choice.reach === 'team' ? options.team?.condition : undefined;
    if (choice.reach !== 'all' && !scope)
      throw new Error(`“${choice.entity}” has no field that says whose it is.`);
    if (
      choice.reach === 'team' &&
      options.team &&
      !parameters.some((p) => p.name === options.team?.parameter.name)
    )
      parameters.push(options.team.parameter);
    edges = [
      ...edges,
      {
        id: newId('permission'),
        kind: 'permission',
        source: roleId,
        target: entity.id,
        data: { actions: choice.edit ? EDIT : READ_ONLY, ...(scope && { scope }) },
      },
    ];
  }
  return { ...doc, edges, parameters };
}
