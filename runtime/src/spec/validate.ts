import type { ErrorObject } from 'ajv';
import { type Diagnostic, diagnostic, sortDiagnostics } from './diagnostics';
import { checkDocumentShape, SPEC_LIMITS } from './document-guard';
import { describePointer, escapeToken, resolvePointer } from './pointer';
import { specSchema } from './schema';
import type { SyncSpec } from './types';
import {
  AllCondition,
  AnyCondition,
  CalendarWindowCondition,
  ComparisonCondition,
  ExistsCondition,
  NotCondition,
  PresenceCondition,
  RelatedCondition,
  RoleCondition,
  root,
  type SchemaCheck,
  TimeWindowCondition,
} from './validator.generated';
import { describeValue } from './words';

/** The outcome of `validate`: the typed spec when it is structurally valid, and every finding. */
export type ValidationResult =
  | { readonly valid: true; readonly spec: SyncSpec; readonly diagnostics: readonly Diagnostic[] }
  | { readonly valid: false; readonly spec?: undefined; readonly diagnostics: readonly Diagnostic[] };

/**
 * The schema compiled ahead of time (`validator.generated.ts`, ajv standalone code): no schema is
 * compiled and no code is evaluated at run time, so the designer runs under a content security
 * policy without `'unsafe-eval'` and a fresh process validates without a compile step.
 */
const conditionChecks = {
  AllCondition,
  AnyCondition,
  NotCondition,
  ComparisonCondition,
  PresenceCondition,
  TimeWindowCondition,
  RoleCondition,
  RelatedCondition,
  ExistsCondition,
  CalendarWindowCondition,
} as const satisfies Record<string, SchemaCheck>;

type ConditionForm = keyof typeof conditionChecks;

/**
 * Checks a spec's structure against the v1 JSON Schema.
 *
 * Accepts any value (or JSON text) and never throws: malformed JSON, forbidden keys such as
 * `__proto__`, documents over {@link SPEC_LIMITS} and schema violations all come back as diagnostics.
 * Structure only: run {@link lint} on a valid spec for the checks of meaning.
 *
 * @example
 * const result = validate(JSON.parse(text));
 * if (!result.valid) for (const d of result.diagnostics) console.log(d.pointer, d.message);
 */
export function validate(input: unknown): ValidationResult {
  let doc = input;
  if (typeof input === 'string') {
    const parsed = parseJson(input);
    if (!parsed.ok) return { valid: false, diagnostics: [parsed.diagnostic] };
    doc = parsed.value;
  }
  const shape = checkDocumentShape(doc);
  if (shape.length > 0) return { valid: false, diagnostics: shape };
  if (root(doc)) return { valid: true, spec: doc as SyncSpec, diagnostics: [] };
  return { valid: false, diagnostics: sortDiagnostics(explain(doc, root.errors ?? [], '')) };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; diagnostic: Diagnostic } {
  if (text.length > SPEC_LIMITS.maxBytes) {
    return {
      ok: false,
      diagnostic: diagnostic(
        'SPEC002',
        '',
        `The spec is ${text.length} characters long; the limit is ${SPEC_LIMITS.maxBytes}.`,
        'Split the app into smaller apps or remove unused entities.',
      ),
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const place = jsonErrorPlace(text, detail);
    return {
      ok: false,
      diagnostic: diagnostic(
        'SPEC001',
        '',
        `The file is not valid JSON at line ${place.line}, column ${place.column}: ${place.reason}.`,
        `Line ${place.line} reads “${place.text}”. Look for a missing comma, quote or bracket there or just before it.`,
      ),
    };
  }
}

/** The condition form a person meant, judged by its keys, so we report that form's problems only. */
function intendedCondition(value: unknown): ConditionForm | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const has = (k: string) => Object.hasOwn(value, k);
  if (has('all')) return 'AllCondition';
  if (has('any')) return 'AnyCondition';
  if (has('not')) return 'NotCondition';
  if (has('role')) return 'RoleCondition';
  if (has('within')) return 'TimeWindowCondition';
  if (has('calendar')) return 'CalendarWindowCondition';
  if (has('related')) return 'RelatedCondition';
  if (has('exists')) return 'ExistsCondition';
  const op = (value as { op?: unknown }).op;
  if (op === 'is-set' || op === 'is-not-set') return 'PresenceCondition';
  if (has('field') || has('op')) return 'ComparisonCondition';
  return undefined;
}

/** The condition forms as the condition builder names them, each with the properties it is written with. */
const conditionForms =
  'all of several conditions (all), any of them (any), not a condition (not), a field compared with a ' +
  'value or a parameter (field, op, value or param), a field that is set or not (field, op is-set or ' +
  'is-not-set), a time window (field, within: past, future), the user’s role (role), a calendar window ' +
  '(field, calendar: unit, from, to), a related record (related, with where or inScope) or a related ' +
  'record that exists (exists, where)';

/** Turns ajv errors into catalogue diagnostics, collapsing the noise of `oneOf` alternatives. */
function explain(doc: unknown, errors: readonly ErrorObject[], prefix: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const within = (e: ErrorObject, o: ErrorObject) =>
    e.instancePath === o.instancePath || e.instancePath.startsWith(`${o.instancePath}/`);
  // A failed condition is re-checked against the form its keys show; everything else reported at or
  // below it is the noise of the other forms.
  const conditions = errors.filter((e) => e.keyword === 'oneOf' && titleOf(e.parentSchema) === 'Condition');
  const alternatives = errors.filter((e) => e.keyword === 'oneOf' && titleOf(e.parentSchema) !== 'Condition');
  const swallowed = (e: ErrorObject) =>
    conditions.some((c) => c !== e && within(e, c)) ||
    alternatives.some(
      (o) =>
        o !== e &&
        within(e, o) &&
        Array.isArray(o.schema) &&
        (o.schema as unknown[]).includes(e.parentSchema),
    );
  for (const error of errors) {
    if (swallowed(error)) continue;
    const at = prefix + error.instancePath;
    if (conditions.includes(error)) {
      out.push(...explainCondition(doc, at));
      continue;
    }
    out.push(toDiagnostic(doc, error, at));
  }
  return dedupe(out);
}

function titleOf(schema: unknown): unknown {
  return schema !== null && typeof schema === 'object' ? (schema as { title?: unknown }).title : undefined;
}

function explainCondition(doc: unknown, at: string): Diagnostic[] {
  const value = resolvePointer(doc, at);
  const form = intendedCondition(value);
  if (!form) {
    return [
      diagnostic(
        'SPEC018',
        at,
        `${capital(describePointer(doc, at))} is not a condition we understand.`,
        `Write one of: ${conditionForms}.`,
      ),
    ];
  }
  const check = conditionChecks[form];
  if (check(value)) return [];
  // Errors of the branch are relative to the condition itself: re-anchor them at `at`.
  return explain(doc, check.errors ?? [], at);
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.code}|${d.pointer}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a group of settings',
  array: 'a list',
  null: 'null',
};

function toDiagnostic(doc: unknown, error: ErrorObject, at: string): Diagnostic {
  const where = describePointer(doc, at);
  const schema = error.parentSchema as
    | { description?: string; properties?: Record<string, unknown> }
    | undefined;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      return diagnostic('SPEC010', at, `${capital(where)} is missing “${missing}”.`, `Add “${missing}”.`);
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const known = Object.keys(schema?.properties ?? {}).join(', ');
      return diagnostic(
        'SPEC011',
        `${at}/${escapeToken(extra)}`,
        `“${extra}” is not a property ${where === 'the spec' ? 'of the spec' : `of ${where}`}.`,
        known ? `Remove it or fix its spelling. Allowed here: ${known}.` : 'Remove it.',
      );
    }
    case 'type': {
      const wanted = String(params.type)
        .split(',')
        .map((t) => typeNames[t] ?? t)
        .join(' or ');
      return diagnostic('SPEC012', at, `${capital(where)} must be ${wanted}.`, `Change it to ${wanted}.`);
    }
    case 'const':
      if (at === '/specVersion') {
        return diagnostic(
          'SPEC005',
          at,
          `This tool reads spec format version 1; the spec says ${describeValue(resolvePointer(doc, at))}.`,
          'Set the spec format version (specVersion) to 1, or upgrade Syncraft to read newer specs.',
        );
      }
      return diagnostic(
        'SPEC013',
        at,
        `${capital(where)} must be ${describeValue(params.allowedValue)}.`,
        `Set it to ${describeValue(params.allowedValue)}.`,
      );
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => describeValue(v)).join(', ');
      return diagnostic(
        'SPEC013',
        at,
        `${capital(where)} is ${describeValue(resolvePointer(doc, at))}, which is not allowed here.`,
        `Use one of: ${allowed}.`,
      );
    }
    case 'pattern':
      return diagnostic(
        'SPEC014',
        at,
        `${capital(where)} (${describeValue(resolvePointer(doc, at))}) is not written the expected way.`,
        schema?.description ?? `It must match ${String(params.pattern)}.`,
      );
    case 'discriminator': {
      const tag = String(params.tag);
      return diagnostic(
        'SPEC017',
        params.error === 'mapping' ? `${at}/${tag}` : at,
        `${capital(where)} has ${tag} ${describeValue(params.tagValue)}, which is not one we know.`,
        `Use one of: ${discriminatorValues(at, tag)}.`,
      );
    }
    case 'uniqueItems':
      return diagnostic(
        'SPEC016',
        at,
        `${capital(where)} lists the same value twice (items ${Number(params.j) + 1} and ${Number(params.i) + 1}).`,
        'Remove the repeated value.',
      );
    case 'oneOf':
      if (titleOf(error.parentSchema) === 'ComparisonCondition') {
        return diagnostic(
          'SPEC018',
          at,
          `${capital(where)} must compare with either a fixed "value" or a "param", not both or neither.`,
          'Keep exactly one of "value" and "param".',
        );
      }
      return diagnostic('SPEC019', at, `${capital(where)} does not match any allowed form.`, hintFor(schema));
    default:
      if (/^(min|max|exclusive)/.test(error.keyword)) {
        return diagnostic('SPEC015', at, `${capital(where)} ${rangeProblem(error)}.`, rangeHint(error));
      }
      return diagnostic(
        'SPEC019',
        at,
        `${capital(where)} ${error.message ?? 'is not valid'}.`,
        hintFor(schema),
      );
  }
}

function discriminatorValues(at: string, tag: string): string {
  const isRule = /conflict$/.test(at) || tag === 'strategy';
  const def = isRule ? specSchema.$defs.ConflictRule : specSchema.$defs.Field;
  return def.oneOf.map((b) => describeValue((b.properties[tag] as { const: string }).const)).join(', ');
}

/** The range problem in plain words: `needs at least 1 item`, `must be at most 10`. */
function rangeProblem(error: ErrorObject): string {
  const limit = Number((error.params as { limit?: unknown }).limit);
  const items = (n: number) => `${n} item${n === 1 ? '' : 's'}`;
  switch (error.keyword) {
    case 'minItems':
      return `needs at least ${items(limit)}`;
    case 'maxItems':
      return `has more than ${items(limit)}`;
    case 'minLength':
      return `must be at least ${limit} character${limit === 1 ? '' : 's'} long`;
    case 'maxLength':
      return `is longer than ${limit} characters`;
    case 'minimum':
      return `must be at least ${limit}`;
    case 'maximum':
      return `must be at most ${limit}`;
    case 'exclusiveMinimum':
      return `must be more than ${limit}`;
    case 'exclusiveMaximum':
      return `must be less than ${limit}`;
    case 'minProperties':
      return 'must set at least one of its properties';
    case 'maxProperties':
      return `has more than ${limit} properties`;
    default:
      return error.message ?? 'is out of range';
  }
}

function rangeHint(error: ErrorObject): string {
  const limit = (error.params as { limit?: unknown }).limit;
  switch (error.keyword) {
    case 'minItems':
      return `Add items: at least ${String(limit)} needed.`;
    case 'maxItems':
      return `Remove items: at most ${String(limit)} allowed.`;
    case 'minLength':
      return `Make it at least ${String(limit)} characters long.`;
    case 'maxLength':
      return `Shorten it to at most ${String(limit)} characters.`;
    case 'minProperties':
      return 'Fill in at least one of its properties.';
    default:
      return `Use a value within the limit (${String(limit)}).`;
  }
}

function hintFor(schema: { description?: string } | undefined): string {
  return schema?.description ?? 'See docs/spec.md for the allowed shape.';
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Where a JSON parse error is, as a person finds it in an editor: line and column (from 1), the
 * line's text (cut to 80 characters around the column) and the parser's reason without its character
 * offset. The offset is read from the engine's message ("at position 3821"); an error at the end of
 * the input (or a message without an offset) points at the last line.
 *
 * @example
 * jsonErrorPlace('{\n  "a": 1\n  "b": 2\n}', "Expected ',' or '}' after property value in JSON at position 13");
 * // { line: 3, column: 3, text: '"b": 2', reason: "Expected ',' or '}' after property value" }
 */
export function jsonErrorPlace(
  text: string,
  message: string,
): { line: number; column: number; text: string; reason: string } {
  const found = /at position (\d+)/.exec(message);
  const offset = Math.min(found ? Number(found[1]) : text.length, text.length);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const column = offset - lineStart + 1;
  const lineEnd = text.indexOf('\n', lineStart);
  const whole = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
  const from = Math.max(0, column - 41);
  const shown = whole.slice(from, from + 80).trim();
  const cut = `${from > 0 ? '…' : ''}${shown}${from + 80 < whole.length ? '…' : ''}`;
  const reason =
    message
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/\s*in JSON at position \d+/, '')
      .replace(/\s*at position \d+/, '')
      // V8 quotes the input around the error (`, "{"a" 1}" is not valid JSON`); the hint shows the line instead.
      .replace(/,\s*".*" is not valid JSON$/s, '')
      .replace(/\.$/, '')
      .trim() || 'the text is not JSON';
  return { line, column, text: cut === '' ? '(an empty line)' : cut, reason };
}
