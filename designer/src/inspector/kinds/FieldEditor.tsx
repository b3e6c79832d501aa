import { FIELD_TYPES, type FieldType } from '@syncraft/runtime/spec';
import type { FieldDraft } from '../../graph/types';
import { Checkbox, ListInput, NumberInput, Select, TextInput } from '../controls';
import { optionalText, withOptional } from '../validation';

/** Converts a field to another type, keeping what the types share (name, description, required, fixed, tags). */
export function retype(field: FieldDraft, type: FieldType, entities: readonly string[]): FieldDraft {
  const { name, description, required, fixed, tags } = field;
  const shared = {
    name,
    ...(description !== undefined && { description }),
    ...(required !== undefined && { required }),
    ...(fixed !== undefined && { fixed }),
    ...(tags !== undefined && { tags }),
  };
  if (type === 'enum') return { ...shared, type, values: ['draft', 'done'] };
  if (type === 'reference') return { ...shared, type, entity: entities[0] ?? name };
  return { ...shared, type } as FieldDraft;
}

/** The properties of one field that depend on its type, plus description and tags. */
export function FieldDetails(props: {
  field: FieldDraft;
  entities: readonly string[];
  onChange: (f: FieldDraft, control: string) => void;
}) {
  const f = props.field;
  const set = <K extends keyof typeof f>(key: K, value: (typeof f)[K] | undefined) =>
    props.onChange(withOptional(f, key, value), String(key));
  return (
    <div className="sc-field-details">
      <Select<FieldType>
        label="Type"
        value={f.type}
        options={FIELD_TYPES}
        onChange={(t) => props.onChange(retype(f, t ?? 'string', props.entities), 'type')}
      />
      <Checkbox
        label="Required"
        checked={f.required === true}
        onChange={(v) => set('required', v ? true : undefined)}
      />
      <Checkbox
        label="Fixed after create (never changed afterwards, by anyone)"
        checked={f.fixed === true}
        onChange={(v) => set('fixed', v ? true : undefined)}
      />
      {f.type === 'string' || f.type === 'text' ? (
        <>
          <NumberInput
            label="Longest length"
            min={1}
            value={f.maxLength}
            onChange={(v) => props.onChange(withOptional(f, 'maxLength', v), 'maxLength')}
          />
          <NumberInput
            label="Shortest length"
            hint="1 means the text may not be empty."
            min={1}
            value={f.minLength}
            onChange={(v) => props.onChange(withOptional(f, 'minLength', v), 'minLength')}
          />
          <TextInput
            label="Pattern the whole text must match"
            hint="A regular expression (RE2: no back-references or look-arounds), e.g. [A-Z]{2}-[0-9]{4}."
            value={f.pattern ?? ''}
            onChange={(v) => props.onChange(withOptional(f, 'pattern', optionalText(v)), 'pattern')}
          />
          <TextInput
            label="Default"
            value={f.default ?? ''}
            onChange={(v) => props.onChange(withOptional(f, 'default', optionalText(v)), 'default')}
          />
        </>
      ) : null}
      {f.type === 'number' || f.type === 'integer' ? (
        <>
          <NumberInput
            label="Minimum"
            value={f.minimum}
            onChange={(v) => props.onChange(withOptional(f, 'minimum', v), 'minimum')}
          />
          <NumberInput
            label="Maximum"
            value={f.maximum}
            onChange={(v) => props.onChange(withOptional(f, 'maximum', v), 'maximum')}
          />
          <NumberInput
            label="Default"
            value={f.default}
            onChange={(v) => props.onChange(withOptional(f, 'default', v), 'default')}
          />
        </>
      ) : null}
      {f.type === 'counter' ? (
        <NumberInput
          label="Default"
          value={f.default}
          onChange={(v) => props.onChange(withOptional(f, 'default', v), 'default')}
        />
      ) : null}
      {f.type === 'boolean' ? (
        <Select<'true' | 'false'>
          label="Default"
          allowEmpty="no default"
          value={f.default === undefined ? undefined : f.default ? 'true' : 'false'}
          options={['true', 'false']}
          onChange={(v) =>
            props.onChange(withOptional(f, 'default', v === undefined ? undefined : v === 'true'), 'default')
          }
        />
      ) : null}
      {f.type === 'enum' ? (
        <>
          <ListInput
            label="Allowed values"
            value={f.values}
            error={f.values.length === 0 ? 'List at least one value.' : undefined}
            onChange={(v) => props.onChange({ ...f, values: v ?? [] }, 'values')}
          />
          <Select
            label="Default"
            allowEmpty="no default"
            value={f.default}
            options={f.values}
            onChange={(v) => props.onChange(withOptional(f, 'default', v), 'default')}
          />
        </>
      ) : null}
      {f.type === 'reference' ? (
        <Select
          label="Points to entity"
          value={f.entity}
          options={props.entities}
          onChange={(v) => props.onChange({ ...f, entity: v ?? f.entity }, 'entity')}
        />
      ) : null}
      {f.type === 'string-set' ? (
        <>
          <NumberInput
            label="Fewest items"
            hint="Kept after merges too: a change that would leave fewer is refused."
            min={1}
            value={f.minItems}
            onChange={(v) => props.onChange(withOptional(f, 'minItems', v), 'minItems')}
          />
          <NumberInput
            label="Most items"
            min={1}
            value={f.maxItems}
            onChange={(v) => props.onChange(withOptional(f, 'maxItems', v), 'maxItems')}
          />
        </>
      ) : null}
      <TextInput
        label="Field description"
        value={f.description ?? ''}
        onChange={(v) => set('description', optionalText(v))}
      />
      <ListInput label="Tags" value={f.tags} placeholder="personal-data" onChange={(v) => set('tags', v)} />
    </div>
  );
}
