import { type ReactNode, useEffect, useId, useState } from 'react';

/**
 * Form controls of the inspector. Every control has a visible `<label>` bound to it, so tests and
 * screen readers find it by its label text. Problems show under the control as you type.
 */

interface Base {
  label: string;
  /** Shown under the control in red; also marks it `aria-invalid`. */
  error?: string | undefined;
  hint?: string | undefined;
}

function Row(props: {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className="sc-field">
      <label className="sc-field__label" htmlFor={props.id}>
        {props.label}
      </label>
      {props.children}
      {props.error ? (
        <p className="sc-field__error" id={`${props.id}-error`} role="alert">
          {props.error}
        </p>
      ) : props.hint ? (
        <p className="sc-field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}

const described = (id: string, error?: string, hint?: string) =>
  error ? `${id}-error` : hint ? `${id}-hint` : undefined;

/** A one-line text input; `onChange` gets every keystroke. */
export function TextInput(
  props: Base & { value: string; onChange: (v: string) => void; placeholder?: string; multiline?: boolean },
) {
  const id = useId();
  const common = {
    id,
    className: 'sc-input',
    value: props.value,
    placeholder: props.placeholder,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': described(id, props.error, props.hint),
  };
  return (
    <Row id={id} label={props.label} error={props.error} hint={props.hint}>
      {props.multiline ? (
        <textarea {...common} rows={3} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" spellCheck={false} onChange={(e) => props.onChange(e.target.value)} />
      )}
    </Row>
  );
}

/** A number input; empty means "not set" (`undefined`). */
export function NumberInput(
  props: Base & {
    value: number | undefined;
    onChange: (v: number | undefined) => void;
    min?: number;
    max?: number;
    step?: number;
  },
) {
  const id = useId();
  return (
    <Row id={id} label={props.label} error={props.error} hint={props.hint}>
      <input
        id={id}
        className="sc-input"
        type="number"
        value={props.value ?? ''}
        min={props.min}
        max={props.max}
        step={props.step}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described(id, props.error, props.hint)}
        onChange={(e) => props.onChange(e.target.value === '' ? undefined : Number(e.target.value))}
      />
    </Row>
  );
}

/** A select of fixed options. With `allowEmpty`, an empty first option means "not set". */
export function Select<T extends string>(
  props: Base & {
    value: T | undefined;
    options: readonly NoInfer<T>[] | readonly { value: NoInfer<T>; label: string }[];
    onChange: (v: T | undefined) => void;
    allowEmpty?: string;
  },
) {
  const id = useId();
  const options = props.options.map((o) => (typeof o === 'string' ? { value: o, label: o } : o));
  return (
    <Row id={id} label={props.label} error={props.error} hint={props.hint}>
      <select
        id={id}
        className="sc-input"
        value={props.value ?? ''}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described(id, props.error, props.hint)}
        onChange={(e) => props.onChange(e.target.value === '' ? undefined : (e.target.value as T))}
      >
        {props.allowEmpty !== undefined || props.value === undefined ? (
          <option value="">{props.allowEmpty ?? '—'}</option>
        ) : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Row>
  );
}

/** A checkbox with its label to the right. */
export function Checkbox(props: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="sc-check">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
      {props.hint ? <span className="sc-field__hint">{props.hint}</span> : null}
    </div>
  );
}

/** A group of checkboxes choosing a subset of `options`, in the options' order. */
export function CheckGroup<T extends string>(props: {
  legend: string;
  options: readonly T[];
  value: readonly T[];
  onChange: (v: T[]) => void;
  hint?: string;
}) {
  return (
    <fieldset className="sc-fieldset">
      <legend className="sc-field__label">{props.legend}</legend>
      {props.options.length === 0 ? <p className="sc-field__hint">Nothing to choose yet.</p> : null}
      <div className="sc-check-group">
        {props.options.map((option) => (
          <Checkbox
            key={option}
            label={option}
            checked={props.value.includes(option)}
            onChange={(on) =>
              props.onChange(props.options.filter((o) => (o === option ? on : props.value.includes(o))))
            }
          />
        ))}
      </div>
      {props.hint ? <p className="sc-field__hint">{props.hint}</p> : null}
    </fieldset>
  );
}

/** A titled group of controls. */
export function Section(props: { title: string; children: ReactNode }) {
  return (
    <section className="sc-inspector__section">
      <h3 className="sc-inspector__section-title">{props.title}</h3>
      {props.children}
    </section>
  );
}

/** A typed comma list as items: trimmed, empty ones dropped; nothing typed is no list. */
export function parseList(text: string): string[] | undefined {
  if (text.trim() === '') return undefined;
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  (a ?? []).join('\u0000') === (b ?? []).join('\u0000');

/**
 * A comma-separated list edited as text: `a, b, c` ⇄ `['a', 'b', 'c']`. While the input has focus it
 * shows exactly what was typed (a trailing comma or space stays, so "open, done" can be typed key by
 * key); every keystroke saves the list it spells. An outside change (undo) replaces the text.
 */
export function ListInput(
  props: Base & {
    value: readonly string[] | undefined;
    onChange: (v: string[] | undefined) => void;
    placeholder?: string;
  },
) {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const { value } = props;
  useEffect(() => {
    if (draft !== undefined && !sameList(parseList(draft), value)) setDraft(undefined);
  }, [draft, value]);
  const id = useId();
  return (
    <Row id={id} label={props.label} error={props.error} hint={props.hint ?? 'Separate items with commas.'}>
      <input
        id={id}
        className="sc-input"
        type="text"
        value={draft ?? (value ?? []).join(', ')}
        placeholder={props.placeholder}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described(id, props.error, props.hint ?? 'Separate items with commas.')}
        onChange={(e) => {
          setDraft(e.target.value);
          props.onChange(parseList(e.target.value));
        }}
        onBlur={() => setDraft(undefined)}
      />
    </Row>
  );
}

/**
 * A valid name close to what was typed, for a name that has a problem: words joined in camel case
 * ("due date" → "dueDate", "Work Order" → "WorkOrder", "order-id" → "orderId"), then numbered until
 * it is free ("title" → "title2"). Undefined when nothing close is valid.
 */
export function suggestName(
  typed: string,
  problem: (name: string) => string | undefined,
): string | undefined {
  const words = typed.split(/[^A-Za-z0-9_]+/).filter((w) => w !== '');
  if (words.length === 0) return undefined;
  let base = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
  if (!/^[A-Za-z]/.test(base)) base = `n${base}`;
  base = base.slice(0, 60);
  if (!problem(base)) return base;
  for (let i = 2; i < 100; i++) if (!problem(`${base}${i}`)) return `${base}${i}`;
  return undefined;
}

/**
 * A name input that saves only names without problems: a name that is empty, malformed or taken
 * stays in the input, with the reason under it, until it is fixed (or the input loses focus, which
 * brings back the saved name). Renames are never half-applied to the document.
 */
export function DraftNameInput(props: {
  label: string;
  value: string;
  problem: (name: string) => string | undefined;
  onCommit: (name: string) => void;
}) {
  const [draft, setDraft] = useState(props.value);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  useEffect(() => setDraft(props.value), [props.value]);
  const id = useId();
  const problem = props.problem(draft);
  const suggestion = problem ? suggestName(draft, props.problem) : undefined;
  const error = problem && (suggestion ? `${problem} “${suggestion}” would do.` : problem);
  return (
    <Row id={id} label={props.label} error={error} hint={notice}>
      <input
        id={id}
        className="sc-input"
        type="text"
        spellCheck={false}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={described(id, error, notice)}
        onChange={(e) => {
          setDraft(e.target.value);
          setNotice(undefined);
          if (!props.problem(e.target.value)) props.onCommit(e.target.value);
        }}
        onBlur={() => {
          // Leaving an invalid name keeps the nearest valid one, and says so, rather than silently
          // going back to whatever prefix happened to be valid while typing.
          if (problem && suggestion) {
            props.onCommit(suggestion);
            setDraft(suggestion);
            setNotice(`“${draft}” is not a valid name: saved as “${suggestion}”.`);
          } else setDraft(props.value);
        }}
      />
    </Row>
  );
}

/** `options`, with `current` first when it is not among them, so a name that no longer exists stays visible. */
export function withCurrent(options: readonly string[], current: string): string[] {
  return options.includes(current) ? [...options] : [current, ...options];
}
