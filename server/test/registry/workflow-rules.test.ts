import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, requirePermission } from '../../src/registry/access';
import { ApiError } from '../../src/registry/errors';
import type { VersionStatus } from '../../src/registry/tables';
import { checkSelfApproval, nextStatus, TRANSITIONS } from '../../src/registry/workflow';

const STATUSES: VersionStatus[] = ['draft', 'pending', 'approved', 'rejected'];

describe('version life cycle', () => {
  it('moves draft → pending → approved, and rejected versions back to pending', () => {
    expect(nextStatus('submit', 'draft')).toBe('pending');
    expect(nextStatus('approve', 'pending')).toBe('approved');
    expect(nextStatus('reject', 'pending')).toBe('rejected');
    expect(nextStatus('submit', 'rejected')).toBe('pending');
    expect(nextStatus('reject', 'approved')).toBe('rejected');
  });

  it('answers every other move with a 409 that says what to do', () => {
    for (const [transition, from] of Object.entries(TRANSITIONS) as [
      keyof typeof TRANSITIONS,
      readonly VersionStatus[],
    ][]) {
      for (const status of STATUSES.filter((s) => !from.includes(s))) {
        const error = (() => {
          try {
            nextStatus(transition, status);
          } catch (e) {
            return e;
          }
        })();
        expect(error).toBeInstanceOf(ApiError);
        expect((error as ApiError).status).toBe(409);
        expect((error as ApiError).extras.hint?.length).toBeGreaterThan(5);
      }
    }
  });

  it('refuses self-approval unless the setting allows it', () => {
    expect(() => checkSelfApproval('ana', 'ana', { allowSelfApproval: false })).toThrow(/yourself/);
    expect(() => checkSelfApproval('ana', 'ana', { allowSelfApproval: true })).not.toThrow();
    expect(() => checkSelfApproval('ana', 'bo', { allowSelfApproval: false })).not.toThrow();
  });
});

describe('roles', () => {
  it('gives admin every permission and builders no review power', () => {
    for (const permission of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      expect(can({ userId: 'a', roles: ['admin'] }, permission)).toBe(true);
    }
    const builder = { userId: 'b', roles: ['builder'] };
    expect(can(builder, 'version.create')).toBe(true);
    expect(can(builder, 'version.approve')).toBe(false);
    expect(can(builder, 'audit.read')).toBe(false);
    expect(() => requirePermission({ userId: 'c', roles: [] }, 'read')).toThrow(/you have no role/);
  });
});
