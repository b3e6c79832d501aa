import type { Condition, ExistsCondition } from '@syncraft/runtime/spec';
import { type RelationChoice, type RelationModel, relationChoices } from './relation-choices';

/**
 * Access granted by records: "a `ListMember` points at this record and its `userId` is the signed-in
 * user". The designer draws it as a preset on a permission; in the spec it is an ordinary `exists`
 * condition, so it round-trips like any scope.
 */
export interface Membership {
  /** The `exists` hop: a one-to-many relation or the membership entity's name. */
  readonly exists: string;
  readonly via?: string;
  /** The membership record's field that holds the user's id. */
  readonly userField: string;
  /** Further conditions on the membership record (e.g. its role), kept as they are. */
  readonly extra: readonly Condition[];
}

const isUserTest = (c: Condition): c is { field: string; op: 'eq'; param: 'user.id' } =>
  'field' in c && 'op' in c && c.op === 'eq' && 'param' in c && c.param === 'user.id';

/**
 * The membership a condition states, when it has the membership form: an `exists` whose `where` is
 * "<field> equals user.id", alone or first among an `all`.
 */
export function readMembership(condition: Condition | undefined): Membership | undefined {
  if (condition === undefined || !('exists' in condition) || condition.where === undefined) return undefined;
  const { where } = condition;
  const parts = 'all' in where ? where.all : [where];
  const [first, ...extra] = parts;
  if (first === undefined || !isUserTest(first)) return undefined;
  return {
    exists: condition.exists,
    ...(condition.via !== undefined && { via: condition.via }),
    userField: first.field,
    extra,
  };
}

/** The first membership a condition grants through: itself, or one of the alternatives of an `any`. */
export function findMembership(condition: Condition | undefined): Membership | undefined {
  if (condition !== undefined && 'any' in condition) {
    for (const c of condition.any) {
      const found = readMembership(c);
      if (found) return found;
    }
    return undefined;
  }
  return readMembership(condition);
}

/** The `exists` condition of a membership. */
export function membershipCondition(m: Membership): ExistsCondition {
  const user: Condition = { field: m.userField, op: 'eq', param: 'user.id' };
  return {
    exists: m.exists,
    ...(m.via !== undefined && { via: m.via }),
    where: m.extra.length === 0 ? user : { all: [user, ...m.extra] },
  };
}

/** An entity whose records can grant access to `entity`, and its fields that can hold a user id. */
export interface MembershipOption {
  readonly hop: RelationChoice;
  readonly userFields: readonly string[];
}

const userish = /user|member|person|account|owner/i;

/**
 * The records that can grant access to `entity`: entities pointing at it (or its one-to-many
 * relations) with a text field other than the link, fields named like a user first.
 *
 * @example
 * membershipOptions(model, 'List') // → [{ hop: { name: 'members', target: 'ListMember', … }, userFields: ['userId', 'id'] }, …]
 */
export function membershipOptions(model: RelationModel, entity: string): MembershipOption[] {
  const out: MembershipOption[] = [];
  for (const hop of relationChoices(model, entity)) {
    if (hop.kind !== 'children') continue;
    const fields = (model.entities.find((e) => e.name === hop.target)?.fields ?? [])
      .filter((f) => f.type === 'string' && f.name !== hop.field)
      .map((f) => f.name);
    const userFields = [...fields.filter((f) => userish.test(f)), ...fields.filter((f) => !userish.test(f))];
    if (userFields.length > 0) out.push({ hop, userFields });
  }
  return out;
}

/** The option a membership uses (matched by the hop's name or another spelling of it). */
export function optionOf(options: readonly MembershipOption[], m: Membership): MembershipOption | undefined {
  const key = m.via === undefined ? m.exists : `${m.exists}/${m.via}`;
  return options.find(
    (o) =>
      (o.hop.via === undefined ? o.hop.name : `${o.hop.name}/${o.hop.via}`) === key ||
      o.hop.aliases.includes(key),
  );
}
