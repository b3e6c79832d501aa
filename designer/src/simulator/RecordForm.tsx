import type { RecordValues } from '@syncraft/runtime/protocol';
import type { Entity, Field } from '@syncraft/runtime/spec';
import { type FormEvent, type ReactElement, useId, useMemo, useState } from 'react';
import type { Simulation, WriteOutcome } from './engine';
import { formatInput, inputKind, parseInput } from './form-values';

/** Props of {@link RecordForm}. */
export interface RecordFormProps {
  readonly simulation: Simulation;
  readonly deviceId: string;
  readonly deviceName: string;
  readonly entity: Entity;
  /** The entity's records on this device (to pick one to edit). */
  readonly records: readonly RecordValues[];
  readonly disabled: boolean;
}

const NEW = '';

function FieldInput(props: {
  field: Field;
  value: string;
  onChange: (value: string) => void;
  disabled: boolean;
  idPrefix: string;
  editing: boolean;
}) {
  const { field, value, onChange, disabled } = props;
  const id = `${props.idPrefix}-${field.name}`;
  const kind = inputKind(field);
  const label = (
    <label htmlFor={id}>
      {field.name}
      <span className="sc-sim__type">{field.type}</span>
    </label>
  );
  let input: ReactElement;
  if (kind === 'select') {
    const options = field.type === 'enum' ? field.values : ['true', 'false'];
    input = (
      <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
        <option value="">{props.editing ? '(unchanged)' : '(not set)'}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  } else if (kind === 'textarea') {
    input = (
      <textarea
        id={id}
        rows={2}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  } else {
    input = (
      <input
        id={id}
        type={kind === 'number' ? 'number' : 'text'}
        placeholder={
          kind === 'datetime' ? '2026-06-01T09:00:00Z' : field.type === 'string-set' ? 'a, b, c' : undefined
        }
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return (
    <div className="sc-sim__field">
      {label}
      {input}
    </div>
  );
}

/**
 * A form generated from the entity's fields: create a record, or edit one the device holds. The
 * write goes through the device's runtime client, so a refusal shows the runtime's own words.
 * Test ids: `record-form-<device>`, `record-target-<device>`, `record-save-<device>`, `record-outcome-<device>`.
 */
export function RecordForm(props: RecordFormProps) {
  const { simulation, deviceId, entity, records } = props;
  const idPrefix = useId();
  const [target, setTarget] = useState(NEW);
  const [texts, setTexts] = useState<ReadonlyMap<string, string>>(new Map());
  const [outcome, setOutcome] = useState<
    WriteOutcome | { ok: false; reason: 'form'; message: string; pointer: string }
  >();
  const current = useMemo(
    () => (target === NEW ? undefined : records.find((r) => String(r[entity.key]) === target)),
    [records, target, entity.key],
  );

  const pick = (key: string) => {
    setTarget(key);
    setOutcome(undefined);
    const record = key === NEW ? undefined : records.find((r) => String(r[entity.key]) === key);
    setTexts(new Map(entity.fields.map((f) => [f.name, record ? formatInput(f, record[f.name]) : ''])));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const values: RecordValues = {};
    for (const field of entity.fields) {
      if (current && field.name === entity.key) continue;
      const text = texts.get(field.name) ?? '';
      if (current && text === formatInput(field, current[field.name])) continue;
      const parsed = parseInput(field, text);
      if (parsed.kind === 'invalid') {
        setOutcome({ ok: false, reason: 'form', message: parsed.message, pointer: `/${field.name}` });
        return;
      }
      if (parsed.kind === 'value') values[field.name] = parsed.value;
    }
    const result = current
      ? await simulation.write(deviceId, {
          kind: 'update',
          entity: entity.name,
          key: String(current[entity.key]),
          changes: values,
        })
      : await simulation.write(deviceId, { kind: 'create', entity: entity.name, values });
    setOutcome(result);
  };

  return (
    <form className="sc-sim__form" onSubmit={submit} data-testid={`record-form-${deviceId}`}>
      <div className="sc-sim__field">
        <label htmlFor={`${idPrefix}-target`}>Record</label>
        <select
          id={`${idPrefix}-target`}
          data-testid={`record-target-${deviceId}`}
          value={target}
          disabled={props.disabled}
          onChange={(e) => pick(e.target.value)}
        >
          <option value={NEW}>New {entity.name}</option>
          {records.map((r) => (
            <option key={String(r[entity.key])} value={String(r[entity.key])}>
              Edit {String(r[entity.key])}
            </option>
          ))}
        </select>
      </div>
      {entity.fields.map((field) =>
        current && field.name === entity.key ? null : (
          <FieldInput
            key={field.name}
            field={field}
            idPrefix={idPrefix}
            editing={current !== undefined}
            value={texts.get(field.name) ?? ''}
            disabled={props.disabled}
            onChange={(v) => setTexts(new Map(texts).set(field.name, v))}
          />
        ),
      )}
      <button
        type="submit"
        className="sc-button sc-button--primary"
        disabled={props.disabled}
        data-testid={`record-save-${deviceId}`}
      >
        {current ? `Save on ${props.deviceName}'s device` : `Create on ${props.deviceName}'s device`}
      </button>
      {outcome && (
        <p
          className={outcome.ok ? 'sc-sim__ok' : 'sc-sim__error'}
          role={outcome.ok ? 'status' : 'alert'}
          data-testid={`record-outcome-${deviceId}`}
        >
          {outcome.ok
            ? 'Saved on the device; it syncs when the device can.'
            : `${outcome.message}${outcome.pointer ? ` (${outcome.pointer})` : ''}`}
        </p>
      )}
    </form>
  );
}
