import { describe, expect, it } from 'vitest';
import { checkValues } from '../../src/access/check-values';
import type { AccessContext } from '../../src/access/context';
import { canRead, canWrite, permissionsFor, unwritableField } from '../../src/access/permissions';
import { redact } from '../../src/access/redact';
import { inScope } from '../../src/access/scope';
import type { SyncSpec } from '../../src/spec/types';
import { entityOf, fieldServiceSpec, newJob } from '../merge/fixtures';

const spec = fieldServiceSpec();
const job = entityOf(spec, 'Job');
const NOW = Date.parse('2026-11-22T08:00:00Z');
const tech: AccessContext = { userId: 'tech-1', roles: ['technician'], params: {}, now: NOW };
const both: AccessContext = { ...tech, roles: ['technician', 'dispatcher'], params: { region: 'south' } };

describe('permissionsFor', () => {
  it('lists the actions and writable fields of one role', () => {
    const perms = permissionsFor(spec, ['technician'], 'Job');
    expect([...perms.actions.keys()].sort()).toEqual(['read', 'update']);
    expect(perms.writableFields).toEqual(
      new Set(['status', 'notes', 'minutesWorked', 'partsUsed', 'completedAt']),
    );
    expect(unwritableField(perms, ['status', 'title'])).toBe('title');
  });

  it('merges roles: any role allows an action, within the union of their scopes', () => {
    const perms = permissionsFor(spec, ['technician', 'dispatcher'], 'Job');
    expect(perms.actions.has('delete')).toBe(true);
    expect(perms.writableFields).toBeUndefined();
    expect(canWrite(spec, job, 'update', newJob('j', { assigneeId: 'tech-1', region: 'north' }), both)).toBe(
      true,
    );
    expect(canWrite(spec, job, 'update', newJob('j', { assigneeId: 'x', region: 'south' }), both)).toBe(true);
    expect(canWrite(spec, job, 'update', newJob('j', { assigneeId: 'x', region: 'north' }), both)).toBe(
      false,
    );
  });

  it('gives no permissions for unknown roles', () => {
    expect(permissionsFor(spec, ['intruder'], 'Job').actions.size).toBe(0);
  });

  it('hides a field only when every reading role hides it', () => {
    const hiding: SyncSpec = {
      ...spec,
      roles: spec.roles.map((r) => ({
        ...r,
        permissions: r.permissions.map((p) =>
          p.entity === 'Job'
            ? { ...p, hiddenFields: r.name === 'technician' ? ['region', 'title'] : ['title'] }
            : p,
        ),
      })),
    };
    expect(permissionsFor(hiding, ['technician'], 'Job').hiddenFields).toEqual(new Set(['region', 'title']));
    expect(permissionsFor(hiding, ['technician', 'dispatcher'], 'Job').hiddenFields).toEqual(
      new Set(['title']),
    );
  });
});

describe('scope', () => {
  it('a technician reads their own job, not another one', () => {
    expect(canRead(spec, job, newJob('j'), tech)).toBe(true);
    expect(canRead(spec, job, newJob('j', { assigneeId: 'tech-2' }), tech)).toBe(false);
  });

  it('inScope also requires the entity offline scope (the time window)', () => {
    expect(inScope(spec, job, newJob('j'), tech)).toBe(true);
    expect(inScope(spec, job, newJob('j', { scheduledAt: '2025-01-01T00:00:00Z' }), tech)).toBe(false);
    expect(canRead(spec, job, newJob('j', { scheduledAt: '2025-01-01T00:00:00Z' }), tech)).toBe(true);
  });
});

describe('checkValues', () => {
  it.each([
    [{ status: 'finished' }, 'invalid-value', 'status'],
    [{ title: 'x'.repeat(201) }, 'invalid-value', 'title'],
    [{ minutesWorked: Number.NaN }, 'invalid-value', 'minutesWorked'],
    [{ scheduledAt: 'next tuesday' }, 'invalid-value', 'scheduledAt'],
    [{ partsUsed: ['a', 3] }, 'invalid-value', 'partsUsed'],
    [{ siteId: '' }, 'invalid-value', 'siteId'],
    [{ title: null }, 'missing-required', 'title'],
    [{ wheels: 4 }, 'unknown-field', 'wheels'],
    [JSON.parse('{"__proto__": 1}'), 'unknown-field', '__proto__'],
  ])('refuses %j with %s on %s', (changes, reason, field) => {
    expect(checkValues(job, changes, { create: false })).toMatchObject({ reason, field });
  });

  it('accepts good values and cleared optional fields', () => {
    expect(
      checkValues(
        job,
        { status: 'done', notes: null, completedAt: '2026-11-22T09:30:00Z' },
        { create: false },
      ),
    ).toBeUndefined();
  });

  it('counts characters, not UTF-16 units, against maxLength', () => {
    expect(checkValues(job, { title: '🔧'.repeat(200) }, { create: false })).toBeUndefined();
  });

  it('requires required fields on create, except the key and fields with a default', () => {
    const { status: _s, id: _i, ...rest } = newJob('j');
    expect(checkValues(job, rest, { create: true })).toBeUndefined();
    const { title: _t, ...noTitle } = newJob('j');
    expect(checkValues(job, noTitle, { create: true })).toMatchObject({
      reason: 'missing-required',
      field: 'title',
    });
  });

  it('refuses json with forbidden keys or too deep nesting', () => {
    const entity = { ...job, fields: [...job.fields, { name: 'meta', type: 'json' as const }] };
    expect(
      checkValues(entity, { meta: JSON.parse('{"a":{"constructor":1}}') }, { create: false }),
    ).toMatchObject({
      field: 'meta',
    });
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = [deep];
    expect(checkValues(entity, { meta: deep as never }, { create: false })?.message).toMatch(/deeper/);
  });
});

describe('redact', () => {
  it('removes hidden fields and keeps the rest', () => {
    expect(redact({ a: 1, b: 2 }, new Set(['b']))).toEqual({ a: 1 });
  });
});
