import { ownerField } from '../owner-fields';
import { MAX_RELATION_DEPTH, resolveStep } from '../relation-paths';
import type {
  ComparisonCondition,
  Condition,
  ExistsCondition,
  Field,
  Parameter,
  RelatedCondition,
} from '../types';
import type { EntityInfo, LintContext } from './context';
import { nameList, unknownNameHint } from './context';
import { reportUnknownField } from './references';

/** The kind of value a field holds or a parameter carries, for comparing the two. */
type ValueKind = 'string' | 'number' | 'boolean' | 'string-list' | 'unknown';

function fieldKind(context: LintContext, field: Field): ValueKind {
  switch (field.type) {
    case 'string':
    case 'text':
    case 'enum':
    case 'datetime':
      return 'string';
    case 'number':
    case 'integer':
    case 'counter':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'string-set':
      return 'string-list';
    case 'reference': {
      const target = context.entities.get(field.entity);
      const key = target?.fields.get(target.entity.key);
      if (key?.type === 'integer') return 'number';
      return key?.type === 'string' ? 'string' : 'unknown';
    }
    default:
      return 'unknown';
  }
}

const paramKind = (type: Parameter['type']): ValueKind => type;

function valueKind(value: ComparisonCondition['value']): ValueKind {
  if (Array.isArray(value)) {
    return value.every((v) => typeof v === 'string') ? 'string-list' : 'unknown';
  }
  if (value === null || value === undefined) return 'unknown';
  return typeof value === 'string' ? 'string' : typeof value === 'number' ? 'number' : 'boolean';
}

/** Whether `field op other` makes sense for the two kinds; unknown kinds are given the benefit of the doubt. */
function comparable(op: ComparisonCondition['op'], field: ValueKind, other: ValueKind): boolean {
  if (field === 'unknown' || other === 'unknown') return true;
  switch (op) {
    case 'in':
    case 'not-in':
      // A list field `in` a list: true when they share a member (overlap), as the runtime evaluates it.
      return other === 'string-list' && (field === 'string' || field === 'string-list');
    case 'contains':
      return (field === 'string-list' || field === 'string') && other === 'string';
    case 'eq':
    case 'ne':
      return field === other;
    default:
      return field === other && (field === 'number' || field === 'string');
  }
}

/** True when the entity declares an index that starts with `field` (the server indexes it too). */
function indexed(entity: EntityInfo['entity'], field: string): boolean {
  return (entity.indexes ?? []).some((index) => index.fields[0] === field);
}

const kindWords: Record<ValueKind, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true/false',
  'string-list': 'a list of texts',
  unknown: 'a value',
};

/**
 * One walk over a condition tree. The path below the condition is kept as tokens and turned into a
 * pointer only when something is reported, so a large valid spec builds no pointer strings.
 */
class ConditionWalk {
  private readonly path: Array<string | number> = [];
  private entity: EntityInfo | undefined;
  /** Relation hops taken to reach the condition being visited. */
  private depth = 0;

  constructor(
    private readonly context: LintContext,
    entity: EntityInfo | undefined,
    private readonly at: string,
    /** Parameters only this condition may use besides the spec's (a subscription's `sub.<name>`). */
    private readonly extraParams: ReadonlyMap<string, Parameter['type']> = new Map(),
  ) {
    this.entity = entity;
  }

  private here(...last: string[]): string {
    return [this.at, ...this.path, ...last].join('/');
  }

  visit(condition: Condition): void {
    if ('all' in condition || 'any' in condition) {
      this.visitList('all' in condition ? 'all' : 'any', 'all' in condition ? condition.all : condition.any);
      return;
    }
    if ('not' in condition) {
      this.path.push('not');
      this.visit(condition.not);
      this.path.pop();
      return;
    }
    if ('role' in condition) {
      if (!this.context.roles.has(condition.role)) {
        this.context.report(
          'SPEC103',
          this.here('role'),
          `The condition checks for the role “${condition.role}”, but no role has that name.`,
          unknownNameHint(condition.role, this.context.roles, 'role'),
        );
      }
      return;
    }
    if ('related' in condition || 'exists' in condition) {
      this.relation(condition);
      return;
    }
    const entity = this.entity;
    if (!entity) return;
    const field = entity.fields.get(condition.field);
    if (!field) {
      reportUnknownField(
        this.context,
        entity.entity.name,
        condition.field,
        this.here('field'),
        'in a condition',
      );
      return;
    }
    if ('within' in condition || 'calendar' in condition) {
      if ('calendar' in condition) this.calendar(condition.calendar);
      if (field.type !== 'datetime') {
        this.context.report(
          'SPEC141',
          this.here('field'),
          `The time window uses field “${field.name}” of entity “${entity.entity.name}”, which is a ${field.type} field, not a date and time.`,
          'Use a "datetime" field for a time window, or compare this field with "op" and "value".',
        );
      }
      return;
    }
    if (condition.op === 'is-set' || condition.op === 'is-not-set') return;
    this.keyIsUser(condition as ComparisonCondition, entity);
    this.comparison(condition as ComparisonCondition, field, entity.entity.name);
  }

  /**
   * `key = user.id` keeps at most one record (the one whose key is the user's id): right for a
   * profile entity, almost always a slip elsewhere (it is what a new scope starts as).
   */
  private keyIsUser(condition: ComparisonCondition, entity: EntityInfo): void {
    if (this.depth > 0 || condition.field !== entity.entity.key || condition.op !== 'eq') return;
    if (!('param' in condition) || condition.param !== 'user.id') return;
    if (/user|person|profile|account|member|employee|staff|people/i.test(entity.entity.name)) return;
    const owner = ownerField([...entity.fields.values()], entity.entity.key);
    this.context.report(
      'SPEC147',
      this.here('field'),
      `The condition keeps only the ${entity.entity.name} whose key “${condition.field}” equals the signed-in user's id: at most one record.`,
      owner
        ? `Compare the field that holds the user, "${owner.name}", with user.id.`
        : 'Compare a field that holds the user (for example "assigneeId" or "ownerId") with user.id.',
    );
  }

  /** A calendar window needs a time zone the runtime knows and a last unit not before the first. */
  private calendar(calendar: { from: number; to: number; timeZone?: string }): void {
    if (calendar.to < calendar.from) {
      this.context.report(
        'SPEC146',
        this.here('calendar', 'to'),
        `The calendar window ends (${calendar.to}) before it starts (${calendar.from}), so it never matches.`,
        'Make "to" at least "from" (0 is the current day, week or month).',
      );
    }
    if (calendar.timeZone === undefined) return;
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: calendar.timeZone });
    } catch {
      this.context.report(
        'SPEC146',
        this.here('calendar', 'timeZone'),
        `“${calendar.timeZone}” is not a time zone, so the window never matches.`,
        'Use an IANA time zone name such as "Europe/Paris" or "America/New_York", or leave it out for UTC.',
      );
    }
  }

  /** A relation hop: the name must resolve, the depth stay bounded, and the nested condition fit the related entity. */
  private relation(condition: RelatedCondition | ExistsCondition): void {
    const entity = this.entity;
    if (!entity) return;
    const property = 'related' in condition ? 'related' : 'exists';
    const resolved = resolveStep(this.context.spec, entity.entity, condition);
    if (!resolved.ok) {
      this.context.report('SPEC143', this.here(property), resolved.message, resolved.hint);
      return;
    }
    if (this.depth + 1 > MAX_RELATION_DEPTH) {
      this.context.report(
        'SPEC144',
        this.here(property),
        `The condition follows more than ${MAX_RELATION_DEPTH} relations in a row, so it never matches.`,
        'Follow fewer relations, for example by asking only that the nearer record is on this device (inScope) and scoping that record in its own entity.',
      );
      return;
    }
    const { step } = resolved;
    if (step.kind === 'children' && !indexed(step.target, step.field)) {
      this.context.report(
        'SPEC145',
        this.here(property),
        `Every check of this condition looks up ${step.target.name} records by “${step.field}”, which has no index.`,
        `Add an index on field “${step.field}” to entity “${step.target.name}” so devices find them quickly.`,
      );
    }
    if ('inScope' in condition || condition.where === undefined) return;
    const target = this.context.entities.get(step.target.name);
    const outer = this.entity;
    this.entity = target;
    this.depth++;
    this.path.push('where');
    this.visit(condition.where);
    this.path.pop();
    this.depth--;
    this.entity = outer;
  }

  private visitList(key: 'all' | 'any', items: readonly Condition[]): void {
    this.path.push(key, 0);
    for (let i = 0; i < items.length; i++) {
      this.path[this.path.length - 1] = i;
      this.visit(items[i]!);
    }
    this.path.length -= 2;
  }

  private comparison(condition: ComparisonCondition, field: Field, entityName: string): void {
    const kind = fieldKind(this.context, field);
    if (condition.param !== undefined) {
      const type = this.context.params.get(condition.param) ?? this.extraParams.get(condition.param);
      if (type === undefined) {
        this.context.report(
          'SPEC102',
          this.here('param'),
          `The condition compares with the parameter “${condition.param}”, which is not declared.`,
          unknownNameHint(condition.param, this.context.params.keys(), 'parameter'),
        );
        return;
      }
      const other = paramKind(type);
      if (!comparable(condition.op, kind, other)) {
        this.context.report(
          'SPEC140',
          this.here('param'),
          `The condition compares field “${field.name}” of entity “${entityName}” (${kindWords[kind]}) with the parameter “${condition.param}” (${kindWords[other]}) using "${condition.op}", which can never match as intended.`,
          'Compare with a parameter of the same kind as the field, or use "in" with a list parameter.',
        );
      }
      return;
    }
    const other = valueKind(condition.value);
    if (field.type === 'enum' && comparable(condition.op, kind, other)) {
      this.enumValues(condition, field.values, field.name, entityName);
      return;
    }
    if (!comparable(condition.op, kind, other)) {
      this.context.report(
        'SPEC140',
        this.here('value'),
        `The condition compares field “${field.name}” of entity “${entityName}” (${kindWords[kind]}) with ${kindWords[other]} using "${condition.op}", which can never match as intended.`,
        'Compare with a value of the same kind as the field ("in" and "not-in" take a list of texts).',
      );
    }
  }

  /** A fixed value compared with an enum field must be one of its values, or the comparison is a typo. */
  private enumValues(
    condition: ComparisonCondition,
    values: readonly string[],
    fieldName: string,
    entityName: string,
  ): void {
    const compared = Array.isArray(condition.value) ? condition.value : [condition.value];
    const unknown = compared.filter((v): v is string => typeof v === 'string' && !values.includes(v));
    if (unknown.length === 0) return;
    this.context.report(
      'SPEC142',
      this.here('value'),
      `The condition compares field “${fieldName}” of entity “${entityName}” with ${nameList(unknown)}, which ${unknown.length === 1 ? 'is not one of its values' : 'are not among its values'}.`,
      `Use the field's values: ${nameList(values, 20)}.`,
    );
  }
}

/**
 * Checks one condition tree against the entity whose records it selects (`undefined` when that
 * entity is unknown, which is reported elsewhere: then only roles are checked).
 */
export function checkCondition(
  context: LintContext,
  entity: EntityInfo | undefined,
  condition: Condition,
  at: string,
  extraParams?: ReadonlyMap<string, Parameter['type']>,
): void {
  new ConditionWalk(context, entity, at, extraParams).visit(condition);
}

/** Entity scopes select records of their own entity. */
export function checkScopes(context: LintContext): void {
  context.spec.entities.forEach((entity, e) => {
    const scope = entity.offline.scope;
    if (!scope) return;
    const info = context.entities.get(entity.name);
    checkCondition(
      context,
      info?.entity === entity ? info : undefined,
      scope,
      `/entities/${e}/offline/scope`,
    );
  });
}
