import type { Scenario } from '../harness/scenario';
import { offlineConvergence } from './offline-convergence';
import { reassign } from './reassign';
import { serverCrash } from './server-crash';
import { specUpgrade } from './spec-upgrade';

/** In order: they share one server, and the spec upgrade comes last. */
export const scenarios: readonly Scenario[] = [offlineConvergence, reassign, serverCrash, specUpgrade];
