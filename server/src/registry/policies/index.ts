export { evaluatePolicies } from './evaluate';
export {
  loadPolicies,
  PolicyFileError,
  type PolicyFileProblem,
  type PolicyParseResult,
  parsePolicies,
} from './parse';
export * from './types';
