import type { Scenario } from '../harness/scenario';
import { shellLoadsWithoutMonaco } from './shell';

/** Every scenario, in the order they run. */
export const scenarios: readonly Scenario[] = [shellLoadsWithoutMonaco];
