import { describe, expect, it } from 'vitest';
import {
  type Diagnostic,
  type DiagnosticCode,
  describeCondition,
  describeValue,
  diff,
  lint,
  type SyncSpec,
  validate,
} from '../../src/spec';
import { entityOf, fieldOf, template } from './fixtures';
import { lintCases } from './lint-cases';
import { speaksPlainly } from './well-formed';

/** The first finding of `code` for the field service template changed by `mutate`. */
function found(code: DiagnosticCode, mutate: (spec: SyncSpec) => void, via: 'validate' | 'lint'): Diagnostic {
  const spec = template();
  mutate(spec);
  const all = via === 'validate' ? validate(spec).diagnostics : lint(spec);
  const d = all.find((x) => x.code === code);
  if (!d) throw new Error(`no ${code} in ${JSON.stringify(all)}`);
  expect(speaksPlainly(d.message), d.message).toBe(true);
  expect(speaksPlainly(d.hint), d.hint).toBe(true);
  return d;
}

/** The lint case of the catalogue's test table named `name`. */
function lintCase(name: string): (spec: SyncSpec) => void {
  const row = lintCases.find(([n]) => n === name);
  if (!row) throw new Error(`no lint case “${name}”`);
  return row[1];
}

describe('values in words', () => {
  it('says text in quotes, lists as “a”, “b”, and never writes JSON', () => {
    expect(describeValue('open')).toBe('“open”');
    expect(describeValue(['open', 'done'])).toBe('“open”, “done”');
    expect(describeValue(['open', 'done'], false)).toBe('open, done');
    expect(describeValue([])).toBe('an empty list');
    expect(describeValue(3)).toBe('3');
    expect(describeValue(null)).toBe('empty (null)');
    expect(describeValue({ type: 'reference', entity: 'Site' })).toBe('type: “reference”, entity: “Site”');
    expect(describeValue({ fields: ['a', 'b'] })).toBe('fields: (“a”, “b”)');
  });

  it('says a condition as the condition builder does, lists in brackets of words', () => {
    expect(describeValue({ field: 'assigneeId', op: 'eq', param: 'user.id' })).toBe('assigneeId = user.id');
    expect(describeCondition({ field: 'status', op: 'not-in', value: ['done', 'cancelled'] })).toBe(
      'status not in (“done”, “cancelled”)',
    );
    expect(describeCondition({ field: 'status', op: 'eq', value: 'open' })).toBe('status = “open”');
  });

  it('says a broken condition-shaped value as its settings instead of failing', () => {
    expect(describeValue({ all: 'x' })).toBe('all: “x”');
  });
});

describe('validator messages in plain words', () => {
  it('an unsupported format version says the number and how to set it, not JSON', () => {
    const d = found('SPEC005', (s) => Object.assign(s, { specVersion: 2 }), 'validate');
    expect(d.message).toBe('This tool reads spec format version 1; the spec says 2.');
    expect(d.hint).toBe(
      'Set the spec format version (specVersion) to 1, or upgrade Syncraft to read newer specs.',
    );
    expect(d.pointer).toBe('/specVersion');
  });

  it('a value not allowed lists the allowed values in words', () => {
    const d = found(
      'SPEC013',
      (s) => Object.assign(entityOf(s, 'Job').sync, { priority: 'urgent' }),
      'validate',
    );
    expect(d.message).toBe('Entity “Job” › sync › priority is “urgent”, which is not allowed here.');
    expect(d.hint).toBe('Use one of: “critical”, “high”, “normal”, “low”.');
    expect(d.pointer).toBe('/entities/1/sync/priority');
  });

  it('a value not allowed that is a group of settings is said as its settings', () => {
    const d = found(
      'SPEC013',
      (s) => Object.assign(entityOf(s, 'Job').sync, { priority: { level: 'high' } }),
      'validate',
    );
    expect(d.message).toBe('Entity “Job” › sync › priority is level: “high”, which is not allowed here.');
  });

  it('a badly written value is quoted as text', () => {
    const d = found('SPEC014', (s) => Object.assign(s.app, { id: 'my app' }), 'validate');
    expect(d.message).toBe('App › id (“my app”) is not written the expected way.');
  });

  it('an unknown field type names the known types in words', () => {
    const d = found(
      'SPEC017',
      (s) => Object.assign(fieldOf(s, 'Job', 'status'), { type: 'text2' }),
      'validate',
    );
    expect(d.message).toBe('Entity “Job” › field “status” has type “text2”, which is not one we know.');
    expect(d.hint).toMatch(/^Use one of: “string”, “text”, “number”, .*“json”\.$/);
  });

  it('a condition not understood lists the forms in the condition builder’s words', () => {
    const d = found(
      'SPEC018',
      (s) => Object.assign(entityOf(s, 'Job').offline, { scope: { foo: 1 } }),
      'validate',
    );
    expect(d.hint).toContain('a field compared with a value or a parameter (field, op, value or param)');
    expect(d.hint).not.toContain('{');
  });
});

describe('lint hints in plain words', () => {
  it('an enum default that is not one of its values is quoted, not JSON', () => {
    const d = found('SPEC116', lintCase('an enum default that is not one of its values'), 'lint');
    expect(d.message).toMatch(
      /^The default “new” of field “status” in entity “Job” is not one of its values/,
    );
  });

  it('no online state: the hint describes the state to add', () => {
    const d = found('SPEC130', lintCase('no online state'), 'lint');
    expect(d.message).toBe('No offline state is on an online network, so the app never syncs everything.');
    expect(d.hint).toBe('Add a state such as “online”, with the network online, sync on and writes allowed.');
  });

  it('a state that never returns online: the hint names the transition in words', () => {
    const d = found('SPEC131', lintCase('a state that never returns online'), 'lint');
    expect(d.hint).toBe('Add a transition from “offline” to “online” when the connection is restored.');
  });

  it('a relation through a plain field: the hint says which reference field to make', () => {
    const d = found('SPEC160', lintCase('a relation through a non-reference field'), 'lint');
    expect(d.hint).toBe(
      'Make “region” a reference field to “Site”, or use one-to-many if “Site” holds the link.',
    );
  });

  it('a lookup without an index: the hint says which index to add', () => {
    const d = found(
      'SPEC145',
      lintCase('a scope that asks for related records by an unindexed field'),
      'lint',
    );
    expect(d.hint).toBe('Add an index on field “jobId” to entity “Visit” so devices find them quickly.');
  });

  it('an entity nobody reads: the hint says which permission to give', () => {
    const d = found('SPEC170', lintCase('an entity no role can read'), 'lint');
    expect(d.hint).toBe('Give the roles that use it a permission to read “Visit”.');
  });
});

describe('change summaries in plain words', () => {
  it('a changed scope reads as conditions, not JSON', () => {
    const before = template();
    const after = template();
    const grant = after.roles[0]!.permissions.find((p) => p.entity === 'Job')!;
    grant.scope = {
      all: [
        { field: 'status', op: 'in', value: ['open', 'done'] },
        { field: 'assigneeId', op: 'eq', param: 'user.id' },
      ],
    };
    const summaries = diff(before, after).map((c) => c.summary);
    expect(summaries).toContain(
      'Role technician on Job scope: assigneeId = user.id → status in (“open”, “done”) and assigneeId = user.id',
    );
  });
});
