import { describe, expect, it } from 'vitest';
import { STANDING_TEXT, versionStanding } from '../../src/registry/version-state';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);

describe('where a saved version stands', () => {
  it('reads its review status while it was never published', () => {
    expect(versionStanding({ hash: A, status: 'draft', published: false })).toBe('draft');
    expect(versionStanding({ hash: A, status: 'pending', published: false })).toBe('submitted');
    expect(versionStanding({ hash: A, status: 'approved', published: false })).toBe('approved');
    expect(versionStanding({ hash: A, status: 'rejected', published: false })).toBe('rejected');
  });

  it('says published, never approved, once devices get it', () => {
    const standing = versionStanding({ hash: A, status: 'approved', published: true }, [
      { hash: A, kind: 'publish' },
    ]);
    expect(standing).toBe('published');
    expect(STANDING_TEXT[standing]).toBe('Published — devices get this version now');
  });

  it('tells the version a rollback replaced from the one it published again', () => {
    // Newest first: A rolled back to after B was published on top of it.
    const list = [
      { hash: A, kind: 'rollback' },
      { hash: B, kind: 'publish' },
      { hash: A, kind: 'publish' },
    ] as const;
    expect(versionStanding({ hash: B, status: 'approved', published: false }, list)).toBe('rolled-back');
    expect(versionStanding({ hash: A, status: 'approved', published: true }, list)).toBe('published-again');
    // A newer publication after the rollback: B stays rolled back, A is replaced.
    const later = [{ hash: C, kind: 'publish' } as const, ...list];
    expect(versionStanding({ hash: B, status: 'approved', published: false }, later)).toBe('rolled-back');
    expect(versionStanding({ hash: A, status: 'approved', published: false }, later)).toBe('replaced');
  });
});
