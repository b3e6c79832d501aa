/** The problems panel. */
export { ProblemsPanel } from './ProblemsPanel';
