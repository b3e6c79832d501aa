import type { RetryPolicy } from '@syncraft/runtime/spec';
import type { NodeOf } from '../../graph/types';
import { NumberInput, Section, Select, TextInput } from '../controls';
import { useNodeEdit } from '../hooks';
import { durationProblem } from '../validation';

/** Edits the app's retry policy. */
export function RetryPolicyInspector(props: { node: NodeOf<'retryPolicy'> }) {
  const edit = useNodeEdit(props.node);
  const r = props.node.data.retry;
  const set = (next: RetryPolicy, control: string) => edit({ retry: next }, control);
  return (
    <Section title="Retry policy">
      <TextInput
        label="First wait"
        value={r.initialDelay}
        error={durationProblem(r.initialDelay) ?? (r.initialDelay === '' ? 'Required.' : undefined)}
        onChange={(v) => set({ ...r, initialDelay: v }, 'initialDelay')}
      />
      <TextInput
        label="Longest wait"
        value={r.maxDelay}
        error={durationProblem(r.maxDelay) ?? (r.maxDelay === '' ? 'Required.' : undefined)}
        onChange={(v) => set({ ...r, maxDelay: v }, 'maxDelay')}
      />
      <NumberInput
        label="Wait grows by"
        min={1}
        step={0.5}
        value={r.multiplier}
        error={r.multiplier >= 1 ? undefined : 'Use 1 or more.'}
        onChange={(v) => set({ ...r, multiplier: v ?? 1 }, 'multiplier')}
      />
      <Select
        label="Randomness"
        value={r.jitter}
        options={[
          { value: 'full', label: 'full: random up to the wait' },
          { value: 'equal', label: 'equal: half fixed, half random' },
          { value: 'none', label: 'none' },
        ]}
        onChange={(v) => set({ ...r, jitter: v ?? 'full' }, 'jitter')}
      />
      <NumberInput
        label="Most attempts"
        min={1}
        value={r.maxAttempts}
        onChange={(v) => set({ ...r, maxAttempts: v ?? 1 }, 'maxAttempts')}
      />
    </Section>
  );
}
