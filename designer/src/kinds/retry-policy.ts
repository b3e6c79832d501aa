import { compiledKinds } from '../compiler/compile';
import { RetryPolicyInspector } from '../inspector/kinds/RetryPolicyInspector';
import { icons } from './icons';
import type { NodeKindDef } from './types';

/** The app's one retry policy: how failed syncs back off. */
export const retryPolicyKind: NodeKindDef<'retryPolicy'> = {
  kind: 'retryPolicy',
  label: 'Retry policy',
  description: 'How a failed sync is retried: first wait, longest wait, growth and attempts. One per app.',
  icon: icons.retryPolicy,
  hue: '--sc-kind-retry',
  summary: (d) =>
    `${d.retry.initialDelay} → ${d.retry.maxDelay} · ×${d.retry.multiplier} · ${d.retry.maxAttempts} tries`,
  create: (doc, position) =>
    doc.nodes.some((n) => n.kind === 'retryPolicy')
      ? undefined
      : {
          id: 'retry',
          kind: 'retryPolicy',
          position,
          data: {
            retry: { initialDelay: '1s', maxDelay: '5m', multiplier: 2, jitter: 'full', maxAttempts: 8 },
          },
        },
  inPalette: true,
  Inspector: RetryPolicyInspector,
  compilesTo: compiledKinds.retryPolicy,
};
