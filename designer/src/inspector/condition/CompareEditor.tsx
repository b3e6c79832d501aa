import { BUILTIN_PARAMS, type ComparisonCondition } from '@syncraft/runtime/spec';
import { Select, TextInput, withCurrent } from '../controls';
import type { ConditionChoices } from './ConditionBuilder';

const compareOps = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in', 'not-in', 'contains'] as const;
type CompareOp = (typeof compareOps)[number];
const opLabels: Record<(typeof compareOps)[number], string> = {
  eq: 'equals',
  ne: 'does not equal',
  lt: 'is less than',
  lte: 'is at most',
  gt: 'is greater than',
  gte: 'is at least',
  in: 'is one of',
  'not-in': 'is none of',
  contains: 'contains',
};

/** One comparison row: field, operator, and a fixed value or a parameter. */
export function CompareEditor(props: {
  value: ComparisonCondition;
  onChange: (c: ComparisonCondition) => void;
  choices: ConditionChoices;
}) {
  const c = props.value;
  const fieldNames = props.choices.fields.map((f) => f.name);
  const type = props.choices.fields.find((f) => f.name === c.field)?.type ?? 'string';
  const list = c.op === 'in' || c.op === 'not-in';
  const usesParam = c.param !== undefined;
  const params = [...BUILTIN_PARAMS, ...props.choices.params];
  const base = { field: c.field, op: c.op };
  return (
    <>
      <Select
        label="Field"
        value={c.field}
        options={withCurrent(fieldNames, c.field)}
        onChange={(f) => props.onChange({ ...c, field: f ?? c.field })}
      />
      <Select<CompareOp>
        label="Operator"
        value={c.op}
        options={compareOps.map((op) => ({ value: op, label: opLabels[op] }))}
        onChange={(op) => {
          const next = op ?? 'eq';
          const nowList = next === 'in' || next === 'not-in';
          if (usesParam) props.onChange({ ...c, op: next });
          else props.onChange({ ...base, op: next, value: nowList ? toList(c.value) : fromList(c.value) });
        }}
      />
      <Select<'value' | 'param'>
        label="Compare with"
        value={usesParam ? 'param' : 'value'}
        options={[
          { value: 'value', label: 'a fixed value' },
          { value: 'param', label: 'a parameter' },
        ]}
        onChange={(m) =>
          props.onChange(
            m === 'param'
              ? { ...base, param: 'user.id' }
              : { ...base, value: list ? [] : parseValue('', type) },
          )
        }
      />
      {usesParam ? (
        <Select
          label="Parameter"
          value={c.param}
          options={withCurrent(params, c.param ?? 'user.id')}
          onChange={(p) => props.onChange({ ...base, param: p ?? 'user.id' })}
        />
      ) : (
        <TextInput
          label={list ? 'Values' : 'Value'}
          hint={list ? 'Separate values with commas.' : type === 'boolean' ? 'true or false' : undefined}
          value={
            list
              ? toList(c.value).map(String).join(', ')
              : c.value === null || c.value === undefined
                ? ''
                : String(c.value)
          }
          onChange={(text) =>
            props.onChange({
              ...base,
              value: list ? text.split(',').map((s) => parseValue(s.trim(), type)) : parseValue(text, type),
            })
          }
        />
      )}
    </>
  );
}

type Scalar = string | number | boolean | null;

/** Reads typed text as the field's type: numbers for number fields, true/false for booleans. */
export function parseValue(text: string, type: string): Scalar {
  if (
    (type === 'number' || type === 'integer' || type === 'counter') &&
    text.trim() !== '' &&
    Number.isFinite(Number(text))
  ) {
    return Number(text);
  }
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

function toList(value: ComparisonCondition['value']): Scalar[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function fromList(value: ComparisonCondition['value']): Scalar {
  if (Array.isArray(value)) return value[0] ?? '';
  return value ?? '';
}
