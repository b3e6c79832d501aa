export { evaluatePolicies } from './evaluate';
export {
  loadPolicies,
  loadPoliciesSync,
  PolicyFileError,
  type PolicyFileProblem,
  type PolicyParseResult,
  parsePolicies,
} from './parse';
export * from './types';
