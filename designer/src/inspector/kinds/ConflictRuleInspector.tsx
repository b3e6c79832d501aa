import { CONFLICT_STRATEGIES, type ConflictRule, type ConflictStrategy } from '@syncraft/runtime/spec';
import type { NodeOf } from '../../graph/types';
import { useDesigner } from '../../store/context';
import { ListInput, Section, Select, TextInput } from '../controls';
import { useNodeEdit } from '../hooks';
import { optionalText, withOptional } from '../validation';
import { RECORD_STRATEGIES, recordExplanations, restrategise, unitOf, withUnit } from './rule-unit';

const explanations: Record<ConflictStrategy, string> = {
  'last-writer-wins': 'The later edit wins.',
  'server-wins': 'Where both changed a field, the server’s value stays; the device’s other edits are kept.',
  'client-wins': 'Where both changed a field, the arriving device’s value wins.',
  'field-merge': 'Edits to different fields are both kept; same-field edits follow the field rules.',
  counter: 'Increments made apart add up (counter fields).',
  'set-union': 'Items added anywhere are kept (string-set fields).',
  max: 'The larger value wins.',
  min: 'The smaller value wins.',
  'enum-precedence': 'The value earlier in the order wins, e.g. done beats open.',
  manual: 'A person decides; the app shows an interim version meanwhile.',
};

/** Edits a conflict rule: strategy, its parameters and the reason for reviewers. */
export function ConflictRuleInspector(props: { node: NodeOf<'conflictRule'> }) {
  const edit = useNodeEdit(props.node);
  const rule = props.node.data.rule;
  const set = (next: ConflictRule, control: string) => edit({ rule: next }, control);
  // Attached to one field (an override): a whole-record rule would mean nothing there (SPEC125).
  const onField = useDesigner((s) =>
    s.document.edges.some(
      (e) => e.kind === 'rule' && e.source === props.node.id && e.data.field !== undefined,
    ),
  );
  const unit = unitOf(rule) ?? 'field';
  return (
    <Section title="Conflict rule">
      <Select<ConflictStrategy>
        label="Strategy"
        value={rule.strategy}
        options={CONFLICT_STRATEGIES}
        hint={explanations[rule.strategy]}
        onChange={(s) => set(restrategise(rule, s ?? 'last-writer-wins'), 'strategy')}
      />
      {RECORD_STRATEGIES.has(rule.strategy) && (!onField || unit === 'record') ? (
        <Select<'field' | 'record'>
          label="Decide"
          value={unit}
          options={[
            { value: 'field', label: 'field by field' },
            { value: 'record', label: 'the whole record at once' },
          ]}
          {...(unit === 'record'
            ? onField
              ? { error: 'A field’s rule decides only that field: connect this rule to the entity.' }
              : { hint: recordExplanations[rule.strategy] ?? '' }
            : {})}
          onChange={(v) => set(withUnit(rule, v ?? 'field'), 'unit')}
        />
      ) : null}
      {rule.strategy === 'enum-precedence' ? (
        <ListInput
          label="Order, strongest first"
          value={rule.order}
          error={rule.order.length < 2 ? 'List at least two values.' : undefined}
          onChange={(order) => set({ ...rule, order: order ?? [] }, 'order')}
        />
      ) : null}
      {rule.strategy === 'manual' ? (
        <>
          <Select
            label="Shown until someone decides"
            value={rule.interim}
            options={[
              { value: 'last-writer-wins', label: 'the later edit' },
              { value: 'server', label: 'the server’s version' },
              { value: 'client', label: 'the device’s version' },
            ]}
            onChange={(v) => set({ ...rule, interim: v ?? 'last-writer-wins' }, 'interim')}
          />
          <TextInput
            label="Question for the person who decides"
            value={rule.prompt ?? ''}
            onChange={(v) => set(withOptional(rule, 'prompt', optionalText(v)), 'prompt')}
          />
        </>
      ) : null}
      <TextInput
        label="Why this rule"
        multiline
        value={rule.description ?? ''}
        onChange={(v) => set(withOptional(rule, 'description', optionalText(v)), 'description')}
      />
    </Section>
  );
}
