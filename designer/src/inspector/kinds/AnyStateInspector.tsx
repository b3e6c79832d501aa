import type { NodeOf } from '../../graph/types';
import { Section } from '../controls';

/** The any-state node has no settings; this explains what it is for. */
export function AnyStateInspector(_props: { node: NodeOf<'anyState'> }) {
  return (
    <Section title="Any state">
      <p className="sc-field__hint">
        A transition drawn from here applies in every state. Use it for events that always lead to the same
        place, such as “connection lost → offline”.
      </p>
    </Section>
  );
}
