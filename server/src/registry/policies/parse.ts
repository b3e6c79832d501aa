import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { CONFLICT_STRATEGIES, checkDocumentShape, PRIORITIES } from '@syncraft/runtime/spec';
import { oneOf, optionalList, positiveInteger, requiredList, unknownKeys } from './fields';
import { type Availability, POLICY_KINDS, type Policy, type PolicyKind, type PolicySet } from './types';

/** One problem in a policy file: where (JSON Pointer), what, and how to fix it. */
export interface PolicyFileProblem {
  readonly pointer: string;
  readonly message: string;
  readonly hint: string;
}

/** The outcome of {@link parsePolicies}. */
export type PolicyParseResult =
  | { readonly ok: true; readonly policies: readonly Policy[] }
  | { readonly ok: false; readonly problems: readonly PolicyFileProblem[] };

/** Thrown by {@link loadPolicies} when the file cannot be read or is not a valid policy file. */
export class PolicyFileError extends Error {
  override readonly name = 'PolicyFileError';
  constructor(
    readonly path: string,
    readonly problems: readonly PolicyFileProblem[],
  ) {
    super(
      `policy file ${path} is not valid:\n${problems
        .map((p) => `  at ${p.pointer || '(whole file)'}: ${p.message} ${p.hint}`)
        .join('\n')}`,
    );
  }
}

const AVAILABILITIES = ['read-write', 'read-only', 'online-only'] as const satisfies readonly Availability[];
const NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Reads and checks a policy file (JSON, format in docs/governance.md). Throws a
 * {@link PolicyFileError} listing every problem with its JSON Pointer.
 *
 * @example
 * const policies = await loadPolicies(process.env.SYNCRAFT_POLICY_FILE ?? 'templates/policies/default.json');
 */
export async function loadPolicies(path: string): Promise<PolicySet> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw unreadable(path, error);
  }
  return parsePolicyText(path, text);
}

/** {@link loadPolicies} for start-up code that cannot wait (the router reads the file once). */
export function loadPoliciesSync(path: string): PolicySet {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw unreadable(path, error);
  }
  return parsePolicyText(path, text);
}

function unreadable(path: string, error: unknown): PolicyFileError {
  const reason = (error as NodeJS.ErrnoException).code ?? String(error);
  return new PolicyFileError(path, [
    { pointer: '', message: `The file cannot be read (${reason}).`, hint: 'Check SYNCRAFT_POLICY_FILE.' },
  ]);
}

function parsePolicyText(path: string, text: string): PolicySet {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new PolicyFileError(path, [
      { pointer: '', message: `Not valid JSON: ${(error as Error).message}.`, hint: 'Fix the JSON syntax.' },
    ]);
  }
  const result = parsePolicies(doc);
  if (!result.ok) throw new PolicyFileError(path, result.problems);
  return { source: path, policies: result.policies };
}

/**
 * Checks a parsed policy document `{ "version": 1, "policies": [...] }` and returns typed policies,
 * or every problem found. Never throws.
 */
export function parsePolicies(doc: unknown): PolicyParseResult {
  const problems: PolicyFileProblem[] = [];
  const shape = checkDocumentShape(doc);
  if (shape.length > 0) {
    return {
      ok: false,
      problems: shape.map((d) => ({
        pointer: d.pointer,
        message: d.message.replace('a spec', 'a policy file'),
        hint: d.code === 'SPEC004' ? 'Write {"version": 1, "policies": [...]}.' : d.hint,
      })),
    };
  }
  const root = doc as Record<string, unknown>;
  unknownKeys(root, ['$schema', 'version', 'policies'], '', problems);
  if (root.version !== 1) {
    problems.push({
      pointer: '/version',
      message: `The policy format version must be 1, but it is ${JSON.stringify(root.version)}.`,
      hint: 'Write "version": 1.',
    });
  }
  if (!Array.isArray(root.policies)) {
    problems.push({
      pointer: '/policies',
      message: '"policies" must be a list.',
      hint: 'Write "policies": [].',
    });
    return { ok: false, problems };
  }
  const policies: Policy[] = [];
  const names = new Set<string>();
  root.policies.forEach((item: unknown, index) => {
    const at = `/policies/${index}`;
    const policy = parsePolicy(item, at, problems);
    if (!policy) return;
    if (names.has(policy.name)) {
      problems.push({
        pointer: `${at}/name`,
        message: `Another policy is already named "${policy.name}".`,
        hint: 'Give every policy its own name.',
      });
    }
    names.add(policy.name);
    policies.push(policy);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, policies };
}

const kindKeys: Record<PolicyKind, readonly string[]> = {
  'encrypt-tagged-fields': ['tags'],
  'forbid-strategy-on-priority': ['strategies', 'priorities'],
  'max-retention': ['maxDays', 'entities'],
  'require-rule-description': [],
  'require-scope': ['minPriority'],
  'max-batch-size': ['max', 'entities'],
  'forbid-availability': ['availability', 'tags', 'entities'],
  'require-owner': [],
};

function parsePolicy(item: unknown, at: string, problems: PolicyFileProblem[]): Policy | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    problems.push({
      pointer: at,
      message: 'A policy must be an object.',
      hint: 'Write {"name", "kind", ...}.',
    });
    return undefined;
  }
  const p = item as Record<string, unknown>;
  const before = problems.length;
  if (typeof p.name !== 'string' || !NAME.test(p.name)) {
    problems.push({
      pointer: `${at}/name`,
      message: `The policy name ${JSON.stringify(p.name)} is not valid.`,
      hint: 'Use lower-case letters, digits and dashes, e.g. "encrypt-personal-data".',
    });
  }
  if (typeof p.kind !== 'string' || !(POLICY_KINDS as readonly string[]).includes(p.kind)) {
    problems.push({
      pointer: `${at}/kind`,
      message: `Unknown policy kind ${JSON.stringify(p.kind)}.`,
      hint: `Use one of: ${POLICY_KINDS.join(', ')}.`,
    });
    return undefined;
  }
  const kind = p.kind as PolicyKind;
  unknownKeys(p, ['name', 'kind', 'severity', 'description', ...kindKeys[kind]], at, problems);
  if (p.severity !== undefined && p.severity !== 'error' && p.severity !== 'warning') {
    problems.push({
      pointer: `${at}/severity`,
      message: `Severity must be "error" or "warning", not ${JSON.stringify(p.severity)}.`,
      hint: '"error" blocks submission; "warning" is shown to the reviewer.',
    });
  }
  if (p.description !== undefined && typeof p.description !== 'string') {
    problems.push({ pointer: `${at}/description`, message: 'The description must be text.', hint: '' });
  }
  const base = {
    name: p.name as string,
    severity: (p.severity ?? 'error') as 'error' | 'warning',
    ...(typeof p.description === 'string' ? { description: p.description } : {}),
  };
  const entities = optionalList(p, 'entities', at, problems, undefined);
  const withEntities = entities ? { entities } : {};
  let policy: Policy;
  switch (kind) {
    case 'encrypt-tagged-fields':
      policy = { ...base, kind, tags: requiredList(p, 'tags', at, problems, undefined) };
      break;
    case 'forbid-strategy-on-priority':
      policy = {
        ...base,
        kind,
        strategies: requiredList(p, 'strategies', at, problems, CONFLICT_STRATEGIES),
        priorities: requiredList(p, 'priorities', at, problems, PRIORITIES),
      };
      break;
    case 'max-retention':
      policy = { ...base, ...withEntities, kind, maxDays: positiveInteger(p, 'maxDays', at, problems) };
      break;
    case 'require-scope':
      policy = { ...base, kind, minPriority: oneOf(p, 'minPriority', at, problems, PRIORITIES) };
      break;
    case 'max-batch-size':
      policy = { ...base, ...withEntities, kind, max: positiveInteger(p, 'max', at, problems) };
      break;
    case 'forbid-availability': {
      const tags = optionalList(p, 'tags', at, problems, undefined);
      policy = {
        ...base,
        ...withEntities,
        ...(tags ? { tags } : {}),
        kind,
        availability: requiredList(p, 'availability', at, problems, AVAILABILITIES),
      };
      break;
    }
    case 'require-rule-description':
    case 'require-owner':
      policy = { ...base, kind };
      break;
  }
  return problems.length === before ? policy : undefined;
}
