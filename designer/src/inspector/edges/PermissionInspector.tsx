import { type Condition, PERMISSION_ACTIONS } from '@syncraft/runtime/spec';
import { newId } from '../../graph/ids';
import type { EdgeOf, FieldDraft } from '../../graph/types';
import { useDesigner, useDesignerShallow } from '../../store/context';
import { ConditionBuilder, type ConditionChoices } from '../condition/ConditionBuilder';
import { Checkbox, CheckGroup, Section } from '../controls';
import { useConditionChoices } from '../hooks';
import { withOptional } from '../validation';
import { grantSummary, writeParts } from './grant-summary';
import { MembershipGrant } from './MembershipGrant';

type Grant = EdgeOf<'permission'>['data'];

/**
 * Edits one grant of a role on an entity (a permission edge): its actions, the fields it may
 * change or keeps fixed after create, the fields it hides, which records it covers, and the
 * conditions on the stored record (before) and on the result (after). A role may hold several
 * grants on one entity, each decided on its own; they are listed here to switch between them, and
 * "Add another grant" draws one more.
 */
export function PermissionInspector(props: {
  edge: EdgeOf<'permission'>;
  role: string;
  entity: string;
  fields: readonly FieldDraft[];
}) {
  const { edge, role, entity } = props;
  const d = edge.data;
  const dispatch = useDesigner((s) => s.dispatch);
  const select = useDesigner((s) => s.select);
  const siblings = useDesignerShallow((s) =>
    s.document.edges.flatMap((e) =>
      e.kind === 'permission' && e.source === edge.source && e.target === edge.target
        ? [`${e.id}|${grantSummary(e.data)}`]
        : [],
    ),
  );
  const choices = useConditionChoices(entity);
  const set = (data: Grant, control: string) =>
    dispatch({ type: 'setEdgeData', id: edge.id, data }, { mergeKey: `${edge.id}:${control}` });
  const fieldNames = props.fields.map((f) => f.name);
  const parts = writeParts(d.actions);
  const addGrant = () => {
    const id = newId('permission');
    const data: Grant = { actions: ['update'], writableFields: [] };
    dispatch({
      type: 'addEdge',
      edge: { id, kind: 'permission', source: edge.source, target: edge.target, data },
    });
    select({ nodes: [], edges: [id] });
  };
  const position = siblings.findIndex((s) => s.startsWith(`${edge.id}|`));

  return (
    <Section title={`Permission: ${role} on ${entity}`}>
      <p className="sc-field__hint">
        Each grant is decided on its own: a change is allowed when one grant allows all of it (the action, the
        record before and after, every field). Grants never pool their limits.
      </p>
      {siblings.length > 1 ? (
        <nav aria-label={`Grants of ${role} on ${entity}`}>
          <ul className="sc-link-list">
            {siblings.map((s, i) => {
              const [id, summary] = s.split('|') as [string, string];
              return (
                <li key={id}>
                  <button
                    type="button"
                    className="sc-link"
                    aria-current={i === position ? 'true' : undefined}
                    onClick={() => select({ nodes: [], edges: [id] })}
                  >
                    Grant {i + 1}: {summary}
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}
      <CheckGroup
        legend="Allowed actions"
        options={PERMISSION_ACTIONS}
        value={d.actions}
        onChange={(v) => set({ ...d, actions: v }, 'actions')}
        {...(d.actions.length === 0 && { hint: 'Tick at least one action.' })}
      />
      <Checkbox
        label="Limit which fields this grant may change"
        checked={d.writableFields !== undefined}
        onChange={(on) => set(withOptional(d, 'writableFields', on ? [] : undefined), 'writableOn')}
      />
      {d.writableFields !== undefined ? (
        <CheckGroup
          legend="Writable fields"
          options={fieldNames}
          value={d.writableFields}
          onChange={(v) => set({ ...d, writableFields: v }, 'writable')}
        />
      ) : null}
      {parts.fixed || d.fixedFields !== undefined ? (
        <CheckGroup
          legend="Fixed after create"
          hint="This grant may set these when the record is created, never change them afterwards (an owner, a title that may not change)."
          options={fieldNames}
          value={d.fixedFields ?? []}
          onChange={(v) => set(withOptional(d, 'fixedFields', v.length === 0 ? undefined : v), 'fixed')}
        />
      ) : null}
      <CheckGroup
        legend="Hidden fields"
        hint="This role never receives these fields."
        options={fieldNames}
        value={d.hiddenFields ?? []}
        onChange={(v) => set(withOptional(d, 'hiddenFields', v.length === 0 ? undefined : v), 'hidden')}
      />
      <MembershipGrant
        entity={entity}
        scope={d.scope}
        onChange={(scope) => set(withOptional(d, 'scope', scope), 'membership')}
      />
      <OptionalCondition
        label="Only some records"
        builderLabel="Permission scope"
        hint="The records this grant covers: before a change and after it, so nobody moves a record out of their own reach."
        value={d.scope}
        start={{ field: fieldNames[0] ?? 'id', op: 'eq', param: 'user.id' }}
        choices={choices}
        onChange={(scope) => set(withOptional(d, 'scope', scope), 'scope')}
      />
      {parts.before || d.before !== undefined ? (
        <OptionalCondition
          label="Only when the stored record matches (before)"
          builderLabel="Condition before the change"
          hint="Checked on the record as it was, for updates and deletes: “only the owner may delete”, “status is open”."
          value={d.before}
          start={{ field: fieldNames[0] ?? 'id', op: 'eq', param: 'user.id' }}
          choices={choices}
          matchLabel="Before the change, the record must match"
          onChange={(before) => set(withOptional(d, 'before', before), 'before')}
        />
      ) : null}
      {parts.after || d.after !== undefined ? (
        <OptionalCondition
          label="Only when the result matches (after)"
          builderLabel="Condition after the change"
          hint="Checked on the record as the change leaves it, for creates and updates: “status goes to in_progress, never back”."
          value={d.after}
          start={{ field: fieldNames[0] ?? 'id', op: 'is-set' }}
          choices={choices}
          matchLabel="After the change, the record must match"
          onChange={(after) => set(withOptional(d, 'after', after), 'after')}
        />
      ) : null}
      <div className="sc-inspector__actions">
        <button type="button" className="sc-button" onClick={addGrant}>
          Add another grant of {role} on {entity}
        </button>
      </div>
    </Section>
  );
}

/** A checkbox that turns a condition on (starting from `start`) or off, and its builder. */
function OptionalCondition(props: {
  label: string;
  /** The builder's own name, for assistive technology (distinct from the checkbox's label). */
  builderLabel: string;
  hint: string;
  value: Condition | undefined;
  start: Condition;
  choices: ConditionChoices;
  matchLabel?: string;
  onChange: (c: Condition | undefined) => void;
}) {
  return (
    <>
      <Checkbox
        label={props.label}
        checked={props.value !== undefined}
        onChange={(on) => props.onChange(on ? props.start : undefined)}
      />
      <p className="sc-field__hint">{props.hint}</p>
      {props.value !== undefined ? (
        <ConditionBuilder
          label={props.builderLabel}
          value={props.value}
          choices={props.choices}
          {...(props.matchLabel === undefined ? {} : { matchLabel: props.matchLabel })}
          onChange={props.onChange}
        />
      ) : null}
    </>
  );
}
