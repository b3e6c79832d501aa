import { CONFLICT_STRATEGIES, type ConflictRule, type ConflictStrategy } from '@syncraft/runtime/spec';
import type { NodeOf } from '../../graph/types';
import { ListInput, Section, Select, TextInput } from '../controls';
import { useNodeEdit } from '../hooks';
import { optionalText, withOptional } from '../validation';

const explanations: Record<ConflictStrategy, string> = {
  'last-writer-wins': 'The later edit wins.',
  'server-wins': 'The server’s version always wins.',
  'client-wins': 'The device’s version always wins.',
  'field-merge': 'Edits to different fields are both kept; same-field edits follow the field rules.',
  counter: 'Increments made apart add up (counter fields).',
  'set-union': 'Items added anywhere are kept (string-set fields).',
  max: 'The larger value wins.',
  min: 'The smaller value wins.',
  'enum-precedence': 'The value earlier in the order wins, e.g. done beats open.',
  manual: 'A person decides; the app shows an interim version meanwhile.',
};

/** Builds a rule of another strategy, keeping the description. */
function restrategise(rule: ConflictRule, strategy: ConflictStrategy): ConflictRule {
  const description = rule.description === undefined ? {} : { description: rule.description };
  if (strategy === 'enum-precedence') return { strategy, ...description, order: ['done', 'open'] };
  if (strategy === 'manual') return { strategy, ...description, interim: 'last-writer-wins' };
  return { strategy, ...description };
}

/** Edits a conflict rule: strategy, its parameters and the reason for reviewers. */
export function ConflictRuleInspector(props: { node: NodeOf<'conflictRule'> }) {
  const edit = useNodeEdit(props.node);
  const rule = props.node.data.rule;
  const set = (next: ConflictRule, control: string) => edit({ rule: next }, control);
  return (
    <Section title="Conflict rule">
      <Select<ConflictStrategy>
        label="Strategy"
        value={rule.strategy}
        options={CONFLICT_STRATEGIES}
        hint={explanations[rule.strategy]}
        onChange={(s) => set(restrategise(rule, s ?? 'last-writer-wins'), 'strategy')}
      />
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
