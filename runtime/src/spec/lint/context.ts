import { type Diagnostic, type DiagnosticCode, diagnostic, type Severity } from '../diagnostics';
import { describePointer } from '../pointer';
import type { Entity, Field, Parameter, SyncSpec } from '../types';

/** An entity together with its fields by name (first definition wins when a name repeats). */
export interface EntityInfo {
  readonly entity: Entity;
  readonly fields: ReadonlyMap<string, Field>;
}

/**
 * Everything a lint check needs, computed once per run so each check is a linear pass: name maps of
 * entities, fields, roles, parameters and states, and a sink for findings.
 */
export interface LintContext {
  readonly spec: SyncSpec;
  readonly entities: ReadonlyMap<string, EntityInfo>;
  readonly roles: ReadonlySet<string>;
  readonly params: ReadonlyMap<string, Parameter['type']>;
  readonly states: ReadonlySet<string>;
  /** Records a finding; the message may use {@link LintContext.where} for reader-friendly names. */
  report(code: DiagnosticCode, pointer: string, message: string, hint: string, severity?: Severity): void;
  /**
   * `Entity “Job” › field “status”` for a pointer, capitalised for the start of a sentence. A final
   * property name is left out (`…/fields/3/entity` reads as the field), so messages name the thing.
   */
  where(pointer: string): string;
}

/** Builds the context and the list its `report` fills. */
export function createContext(spec: SyncSpec): { context: LintContext; found: Diagnostic[] } {
  const found: Diagnostic[] = [];
  const entities = new Map<string, EntityInfo>();
  // Built once per run and shared by every check; pointers are only built for what is reported.
  for (const entity of spec.entities) {
    if (entities.has(entity.name)) continue;
    const fields = new Map<string, Field>();
    for (const field of entity.fields) if (!fields.has(field.name)) fields.set(field.name, field);
    entities.set(entity.name, { entity, fields });
  }
  const params = new Map<string, Parameter['type']>([
    ['user.id', 'string'],
    ['user.roles', 'string-list'],
  ]);
  for (const p of spec.parameters ?? []) if (!params.has(p.name)) params.set(p.name, p.type);
  const context: LintContext = {
    spec,
    entities,
    roles: new Set(spec.roles.map((r) => r.name)),
    params,
    states: new Set(spec.offlineStates.states.map((s) => s.name)),
    report(code, pointer, message, hint, severity) {
      found.push(diagnostic(code, pointer, message, hint, severity));
    },
    where(pointer) {
      const text = describePointer(spec, pointer.replace(/\/[^/]*[^/0-9][^/]*$/, ''));
      return text.charAt(0).toUpperCase() + text.slice(1);
    },
  };
  return { context, found };
}

/** Formats a list of names for a hint: `“a”, “b” or “c”`, shortened when long. */
export function nameList(names: Iterable<string>, max = 8): string {
  const all = [...names];
  const shown = all.slice(0, max).map((n) => `“${n}”`);
  if (all.length > max) return `${shown.join(', ')} and ${all.length - max} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
}

/** Suggests a name close to `wanted` (case-insensitive match or small edit distance), if any. */
export function closest(wanted: string, names: Iterable<string>): string | undefined {
  const lower = wanted.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(wanted.length / 3)) + 1;
  for (const name of names) {
    if (name.toLowerCase() === lower) return name;
    if (Math.abs(name.length - wanted.length) >= bestDistance) continue;
    const d = editDistance(lower, name.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      bestDistance = d;
      best = name;
    }
  }
  return best;
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot stay below `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return previous[b.length]!;
}

/** The hint for an unknown name: a close match when there is one, else the names to choose from. */
export function unknownNameHint(wanted: string, names: Iterable<string>, kind: string): string {
  const list = [...names];
  const near = closest(wanted, list);
  if (near !== undefined) return `Did you mean “${near}”? Otherwise add a ${kind} named “${wanted}”.`;
  if (list.length === 0) return `Add a ${kind} named “${wanted}”.`;
  return `Use one of ${nameList(list)}, or add a ${kind} named “${wanted}”.`;
}
