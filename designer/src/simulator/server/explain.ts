import type { RegistryFailure } from '@syncraft/runtime/registry';
import { describeFailure, type Explanation } from '../../registry/explain';
import { SandboxRefused } from './on-syncraft-server';

/** Why the Syncraft server would not run the simulation, in plain language, with what to do. */
export function explainSandboxFailure(failure: RegistryFailure): Explanation {
  switch (failure.kind) {
    case 'no-token':
      return {
        title: 'Sign in to run on the server',
        detail: 'Running on the Syncraft server needs a builder’s or an admin’s sign-in.',
      };
    case 'unreachable':
      return {
        title: 'The Syncraft server could not be reached',
        detail: `${failure.url}: ${failure.message}.`,
        hint: 'Choose “this browser” to simulate without it, or try again when the server is up.',
      };
    case 'not-a-server':
      return {
        title: 'This designer is not served by a Syncraft server',
        detail: `${failure.url} answered ${failure.status} without the Syncraft API.`,
        hint: 'Open the designer from your Syncraft server to simulate there; “this browser” works anywhere.',
      };
    case 'refused':
      if (failure.status === 403)
        return {
          title: 'The server will not run a sandbox for you',
          detail: `${failure.message}${failure.pointer ? ` (at ${failure.pointer})` : ''}`,
          hint: failure.hint ?? 'Sandboxes need the builder or admin role: sign in as someone who has it.',
        };
      if (failure.status === 409)
        return {
          title: 'Too many sandboxes are running for you',
          detail: failure.message,
          hint: failure.hint ?? 'Reset or close other simulations on the server, or wait until one expires.',
        };
      return describeFailure(failure);
    case 'bad-answer':
      return describeFailure(failure);
  }
}

/** Why a simulation could not start: the server's refusal explained, or the error's own words. */
export function explainStartFailure(error: unknown): Explanation {
  if (error instanceof SandboxRefused) return explainSandboxFailure(error.failure);
  return {
    title: 'The simulation could not start',
    detail: error instanceof Error ? error.message : String(error),
  };
}
