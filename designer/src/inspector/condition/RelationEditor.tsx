import type { Condition, ExistsCondition, RelatedCondition } from '@syncraft/runtime/spec';
import { Checkbox, Select } from '../controls';
import { ConditionBuilder, type ConditionChoices } from './ConditionBuilder';
import type { RelationChoice } from './relation-choices';

/** The builder's tests that follow a relation. */
export type RelationTest = 'related' | 'in-scope' | 'exists';

const labels: Record<RelationTest, string> = {
  related: 'a related record matches',
  'in-scope': 'a related record is on this device',
  exists: 'has related records',
};

/** True for the tests this editor handles. */
export function isRelationTest(test: string): test is RelationTest {
  return test === 'related' || test === 'in-scope' || test === 'exists';
}

const parentsOf = (c: ConditionChoices) => (c.relations ?? []).filter((r) => r.kind === 'parent');
const childrenOf = (c: ConditionChoices) => (c.relations ?? []).filter((r) => r.kind === 'children');

/** The relation tests the row's select offers: those the drawing has hops for, and the current one. */
export function relationTests(
  choices: ConditionChoices,
  current: string,
): { value: RelationTest; label: string }[] {
  const offered = (test: RelationTest) =>
    test === current || (test === 'exists' ? childrenOf(choices) : parentsOf(choices)).length > 0;
  return (['related', 'in-scope', 'exists'] as const)
    .filter(offered)
    .map((value) => ({ value, label: labels[value] }));
}

const nestedOf = (choices: ConditionChoices, entity: string | undefined): ConditionChoices =>
  (entity !== undefined && choices.nested?.(entity)) || {
    fields: [],
    params: choices.params,
    roles: choices.roles,
  };

const firstCompare = (choices: ConditionChoices): Condition => ({
  field: choices.fields[0]?.name ?? 'id',
  op: 'eq',
  param: 'user.id',
});

/** The condition a row becomes when its test is switched to a relation test (first hop offered). */
export function relationStart(test: RelationTest, choices: ConditionChoices): Condition | undefined {
  if (test === 'exists') {
    const child = childrenOf(choices)[0];
    return child ? { exists: child.name, ...(child.via !== undefined && { via: child.via }) } : undefined;
  }
  const parent = parentsOf(choices)[0];
  if (!parent) return undefined;
  if (test === 'in-scope') return { related: parent.name, inScope: true };
  return { related: parent.name, where: firstCompare(nestedOf(choices, parent.target)) };
}

const childKey = (c: { name: string; via?: string | undefined }) =>
  c.via === undefined ? c.name : `${c.name}/${c.via}`;

/** The offered hop a condition names, by its own name or another spelling of the same hop. */
function findChoice(list: readonly RelationChoice[], key: (c: RelationChoice) => string, current: string) {
  return list.find((c) => key(c) === current) ?? list.find((c) => c.aliases.includes(current));
}

function options(list: readonly RelationChoice[], key: (c: RelationChoice) => string, current: string) {
  const out = list.map((c) => ({ value: key(c), label: c.label }));
  if (!findChoice(list, key, current))
    out.push({ value: current, label: `${current} (not in this drawing)` });
  return out;
}

/**
 * One relation row: the hop (a parent the record points at, or related records pointing at it) and,
 * for "matches" and "has related records", a nested condition on the related entity's fields.
 */
export function RelationEditor(props: {
  value: RelatedCondition | ExistsCondition;
  onChange: (c: Condition) => void;
  choices: ConditionChoices;
}) {
  const { value, choices } = props;
  if ('related' in value) {
    const parents = parentsOf(choices);
    const chosen = findChoice(parents, (p) => p.name, value.related);
    const target = chosen?.target;
    const inner = nestedOf(choices, target);
    return (
      <>
        <Select
          label="Related record"
          value={chosen?.name ?? value.related}
          options={options(parents, (p) => p.name, value.related)}
          onChange={(name) => {
            const next = parents.find((p) => p.name === name);
            if (!next) return;
            if (value.inScope) props.onChange({ related: next.name, inScope: true });
            else
              props.onChange({
                related: next.name,
                where:
                  next.target === target && value.where
                    ? value.where
                    : firstCompare(nestedOf(choices, next.target)),
              });
          }}
        />
        {value.inScope ? (
          <p className="sc-field__hint">
            True when this {target ?? 'related record'} is on the device too: its offline scope and the role's
            read permission hold it.
          </p>
        ) : (
          <ConditionBuilder
            label={`Condition on ${target ?? value.related}`}
            matchLabel={`${target ?? value.related} must match`}
            value={value.where ?? firstCompare(inner)}
            choices={inner}
            onChange={(where) => props.onChange({ related: value.related, where })}
          />
        )}
      </>
    );
  }
  const children = childrenOf(choices);
  const current = childKey({ name: value.exists, via: value.via });
  const chosen = findChoice(children, childKey, current);
  const target = chosen?.target;
  const inner = nestedOf(choices, target);
  const base = { exists: value.exists, ...(value.via !== undefined && { via: value.via }) };
  return (
    <>
      <Select
        label="Related records"
        value={chosen ? childKey(chosen) : current}
        options={options(children, childKey, current)}
        onChange={(key) => {
          const next = children.find((c) => childKey(c) === key);
          if (!next) return;
          const where = next.target === target ? value.where : undefined;
          props.onChange({
            exists: next.name,
            ...(next.via !== undefined && { via: next.via }),
            ...(where !== undefined && { where }),
          });
        }}
      />
      <Checkbox
        label="Only related records that match"
        checked={value.where !== undefined}
        onChange={(on) => props.onChange(on ? { ...base, where: firstCompare(inner) } : base)}
      />
      {value.where !== undefined ? (
        <ConditionBuilder
          label={`Condition on ${target ?? value.exists}`}
          matchLabel={`${target ?? value.exists} must match`}
          value={value.where}
          choices={inner}
          onChange={(where) => props.onChange({ ...base, where })}
        />
      ) : null}
    </>
  );
}
