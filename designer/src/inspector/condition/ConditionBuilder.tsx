import type { ComparisonCondition, Condition } from '@syncraft/runtime/spec';
import { describeCondition } from '@syncraft/runtime/spec';
import { Select, TextInput, withCurrent } from '../controls';
import { durationProblem } from '../validation';
import { CompareEditor } from './CompareEditor';
import {
  isRelationTest,
  RelationEditor,
  type RelationTest,
  relationStart,
  relationTests,
} from './RelationEditor';
import type { RelationChoice } from './relation-choices';

/** What the builder can offer in its selects (`conditionChoices` builds it from the drawing). */
export interface ConditionChoices {
  /** Fields of the entity the condition filters, with their types. */
  readonly fields: readonly { readonly name: string; readonly type: string }[];
  /** Declared parameters (besides `user.id` and `user.roles`). */
  readonly params: readonly string[];
  readonly roles: readonly string[];
  /** Relation hops the condition may take from here (none at the hop limit). */
  readonly relations?: readonly RelationChoice[];
  /** The choices for a nested condition on a related entity. */
  readonly nested?: (entity: string) => ConditionChoices;
}

type Test = 'compare' | 'is-set' | 'is-not-set' | 'within' | 'role' | 'group' | RelationTest;
const tests: readonly { value: Test; label: string }[] = [
  { value: 'compare', label: 'compares a field' },
  { value: 'is-set', label: 'field has a value' },
  { value: 'is-not-set', label: 'field has no value' },
  { value: 'within', label: 'date is within a window' },
  { value: 'role', label: 'user has a role' },
  { value: 'group', label: 'group of conditions' },
];
/**
 * The visual scope condition builder: a group ("all of" / "any of") of rows, each a field, an
 * operator and a value or parameter; rows can be negated or become nested groups. No code typing.
 */
export function ConditionBuilder(props: {
  value: Condition;
  onChange: (c: Condition) => void;
  choices: ConditionChoices;
  label: string;
  /** The label of the top group's select (default "Records must match"). */
  matchLabel?: string;
}) {
  const group = 'all' in props.value || 'any' in props.value ? props.value : { all: [props.value] };
  return (
    <fieldset className="sc-condition sc-fieldset">
      <legend className="sc-visually-hidden">{props.label}</legend>
      <GroupEditor
        value={group}
        onChange={props.onChange}
        choices={props.choices}
        depth={0}
        matchLabel={props.matchLabel ?? 'Records must match'}
      />
    </fieldset>
  );
}

function GroupEditor(props: {
  value: { all: Condition[] } | { any: Condition[] };
  onChange: (c: Condition) => void;
  choices: ConditionChoices;
  depth: number;
  matchLabel?: string;
}) {
  const mode = 'all' in props.value ? 'all' : 'any';
  const items = 'all' in props.value ? props.value.all : props.value.any;
  const emit = (next: Condition[], m: 'all' | 'any' = mode) => {
    // A top-level group of one row is saved as that row: the simplest spec that says the same.
    if (props.depth === 0 && next.length === 1 && m === 'all') props.onChange(next[0]!);
    else props.onChange(m === 'all' ? { all: next } : { any: next });
  };
  const firstField = props.choices.fields[0]?.name ?? 'id';
  return (
    <div className="sc-condition__group" data-depth={props.depth}>
      <Select<'all' | 'any'>
        label={props.depth === 0 ? (props.matchLabel ?? 'Records must match') : 'This group matches when'}
        value={mode}
        options={[
          { value: 'all', label: 'all of these' },
          { value: 'any', label: 'any of these' },
        ]}
        onChange={(m) => emit(items, m ?? 'all')}
      />
      <ol className="sc-condition__rows">
        {items.map((item, i) => (
          <li key={i} className="sc-condition__row">
            <RowEditor
              index={i}
              value={item}
              choices={props.choices}
              depth={props.depth}
              onChange={(c) => emit(items.map((x, j) => (j === i ? c : x)))}
            />
            <button
              type="button"
              className="sc-button sc-button--small"
              disabled={items.length === 1}
              aria-label={`Remove condition ${i + 1}`}
              onClick={() => emit(items.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="sc-button sc-button--small"
        onClick={() => emit([...items, { field: firstField, op: 'eq', param: 'user.id' }])}
      >
        Add condition
      </button>
    </div>
  );
}

function testOf(c: Condition): Test {
  if ('all' in c || 'any' in c) return 'group';
  if ('role' in c) return 'role';
  if ('within' in c) return 'within';
  if ('calendar' in c) return 'within';
  if ('related' in c) return c.inScope ? 'in-scope' : 'related';
  if ('exists' in c) return 'exists';
  if ('not' in c) return testOf(c.not);
  if (c.op === 'is-set' || c.op === 'is-not-set') return c.op;
  return 'compare';
}

function RowEditor(props: {
  index: number;
  value: Condition;
  onChange: (c: Condition) => void;
  choices: ConditionChoices;
  depth: number;
}) {
  const negated = 'not' in props.value;
  const inner = 'not' in props.value ? props.value.not : props.value;
  const set = (c: Condition, neg = negated) => props.onChange(neg ? { not: c } : c);
  const { fields, roles } = props.choices;
  const fieldNames = fields.map((f) => f.name);
  const first = fieldNames[0] ?? 'id';
  const fieldOf = (c: Condition) => ('field' in c ? c.field : first);
  const change = (test: Test) => {
    const field = fieldOf(inner);
    if (test === 'compare') set({ field, op: 'eq', param: 'user.id' });
    else if (test === 'is-set' || test === 'is-not-set') set({ field, op: test });
    else if (test === 'within') {
      const date = fields.find((f) => f.type === 'datetime')?.name ?? field;
      set({ field: date, within: { past: '7d' } });
    } else if (test === 'role') set({ role: roles[0] ?? 'member' });
    else if (isRelationTest(test)) set(relationStart(test, props.choices) ?? inner);
    else set({ any: [inner] });
  };
  const current = testOf(inner);
  const offered = [...tests, ...relationTests(props.choices, current)];
  return (
    <fieldset className="sc-condition__fields">
      <legend className="sc-visually-hidden">Condition {props.index + 1}</legend>
      <Select<Test> label="Test" value={current} options={offered} onChange={(t) => change(t ?? 'compare')} />
      {'all' in inner || 'any' in inner ? (
        <GroupEditor value={inner} onChange={(c) => set(c)} choices={props.choices} depth={props.depth + 1} />
      ) : 'role' in inner ? (
        <Select
          label="Role"
          value={inner.role}
          options={withCurrent(roles, inner.role)}
          onChange={(r) => set({ role: r ?? inner.role })}
        />
      ) : 'within' in inner ? (
        <>
          <Select
            label="Date field"
            value={inner.field}
            options={withCurrent(fieldNames, inner.field)}
            onChange={(f) => set({ ...inner, field: f ?? inner.field })}
          />
          <TextInput
            label="From this long ago"
            value={inner.within.past ?? ''}
            error={durationProblem(inner.within.past)}
            placeholder="e.g. 14d"
            onChange={(v) => set({ ...inner, within: windowOf(v, inner.within.future) })}
          />
          <TextInput
            label="Until this far ahead"
            value={inner.within.future ?? ''}
            error={durationProblem(inner.within.future)}
            placeholder="e.g. 30d"
            onChange={(v) =>
              set({ ...inner, within: windowOf(inner.within.past ?? '', v === '' ? undefined : v) })
            }
          />
        </>
      ) : 'calendar' in inner ? (
        <p className="sc-field__hint">
          Calendar window: {describeCondition(inner)}. Edit it in the JSON view.
        </p>
      ) : 'related' in inner || 'exists' in inner ? (
        <RelationEditor value={inner} onChange={(c) => set(c)} choices={props.choices} />
      ) : 'not' in inner ? (
        <RowEditor
          index={props.index}
          value={inner}
          onChange={(c) => set(c)}
          choices={props.choices}
          depth={props.depth}
        />
      ) : inner.op === 'is-set' || inner.op === 'is-not-set' ? (
        <Select
          label="Field"
          value={inner.field}
          options={withCurrent(fieldNames, inner.field)}
          onChange={(f) => set({ ...inner, field: f ?? inner.field })}
        />
      ) : (
        <CompareEditor
          value={inner as ComparisonCondition}
          onChange={(c) => set(c)}
          choices={props.choices}
        />
      )}
      {testOf(inner) !== 'group' ? (
        <label className="sc-check">
          <input type="checkbox" checked={negated} onChange={(e) => set(inner, e.target.checked)} />
          Not (the opposite)
        </label>
      ) : null}
    </fieldset>
  );
}

function windowOf(past: string, future: string | undefined): { past?: string; future?: string } {
  return { ...(past !== '' && { past }), ...(future !== undefined && { future }) };
}
