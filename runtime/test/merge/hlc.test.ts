import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareHlc,
  formatHlc,
  HybridLogicalClock,
  initialHlcState,
  isHlc,
  parseHlc,
  receive,
  tick,
} from '../../src/merge/hlc';

describe('hybrid logical clock', () => {
  it('formats fixed-width timestamps that parse back', () => {
    const hlc = formatHlc({ wallMs: 1732252800000, counter: 3, nodeId: 'dev42' });
    expect(hlc).toBe('1732252800000-000003-dev42');
    expect(parseHlc(hlc)).toEqual({ wallMs: 1732252800000, counter: 3, nodeId: 'dev42' });
  });

  it.each([
    ['', 'empty'],
    ['1732252800000-000003-', 'no node id'],
    ['173225280000-000003-dev', 'short wall time'],
    ['1732252800000-3-dev', 'short counter'],
    ['1732252800000-000003-dev 1', 'space in node id'],
    [42, 'a number'],
    [null, 'null'],
  ] as Array<[unknown, string]>)('rejects a malformed timestamp (%s: %s)', (value) => {
    expect(parseHlc(value)).toBeUndefined();
    expect(isHlc(value)).toBe(false);
  });

  it('tick moves to the wall clock when it is ahead', () => {
    const s = tick({ wallMs: 100, counter: 5, nodeId: 'a' }, 200);
    expect(s).toEqual({ wallMs: 200, counter: 0, nodeId: 'a' });
  });

  it('tick counts up when the wall clock stands still or goes back', () => {
    const s = tick(tick({ wallMs: 100, counter: 5, nodeId: 'a' }, 100), 50);
    expect(s).toEqual({ wallMs: 100, counter: 7, nodeId: 'a' });
  });

  it('tick borrows the next millisecond when the counter is full', () => {
    expect(tick({ wallMs: 100, counter: 999_999, nodeId: 'a' }, 100)).toEqual({
      wallMs: 101,
      counter: 0,
      nodeId: 'a',
    });
  });

  it('receive orders the next local event after a remote one from the future', () => {
    const local = { wallMs: 100, counter: 0, nodeId: 'a' };
    const result = receive(local, '0000000000500-000007-b', 120);
    expect(result).toEqual({ ok: true, state: { wallMs: 500, counter: 8, nodeId: 'a' } });
    if (!result.ok) return;
    const next = formatHlc(tick(result.state, 130));
    expect(compareHlc(next, '0000000000500-000007-b')).toBeGreaterThan(0);
  });

  it('receive refuses a malformed remote timestamp and says why', () => {
    const result = receive(initialHlcState('a'), 'yesterday', 10);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe('malformed');
      expect(result.message).toContain('yesterday');
    }
  });

  it('receive refuses a remote timestamp further ahead than the drift limit', () => {
    const result = receive(initialHlcState('a'), '0000000100000-000000-b', 1000, 60_000);
    expect(result).toMatchObject({ ok: false, reason: 'drift' });
  });

  it('equal wall time and counter are ordered by node id', () => {
    expect(compareHlc('0000000000100-000001-a', '0000000000100-000001-b')).toBeLessThan(0);
  });

  it('string order is time order for any two timestamps', () => {
    const state = fc.record({
      wallMs: fc.integer({ min: 0, max: 9_999_999_999_999 }),
      counter: fc.integer({ min: 0, max: 999_999 }),
      nodeId: fc.stringMatching(/^[a-z0-9]{1,8}$/),
    });
    fc.assert(
      fc.property(state, state, (a, b) => {
        const byFields =
          a.wallMs - b.wallMs ||
          a.counter - b.counter ||
          (a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0);
        expect(Math.sign(compareHlc(formatHlc(a), formatHlc(b)))).toBe(Math.sign(byFields));
      }),
    );
  });

  it('a clock never repeats or goes back, whatever the wall clock and remote stamps do', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('local' as const), wall: fc.integer({ min: 0, max: 10_000 }) }),
      fc.record({
        kind: fc.constant('remote' as const),
        wall: fc.integer({ min: 0, max: 10_000 }),
        remoteWall: fc.integer({ min: 0, max: 10_000 }),
        remoteCounter: fc.integer({ min: 0, max: 20 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let wall = 0;
        const clock = new HybridLogicalClock('me', { now: () => wall });
        let last = clock.now();
        for (const s of steps) {
          wall = s.wall;
          if (s.kind === 'remote') {
            const remote = formatHlc({ wallMs: s.remoteWall, counter: s.remoteCounter, nodeId: 'other' });
            expect(clock.observe(remote).ok).toBe(true);
            const next = clock.now();
            expect(compareHlc(next, remote)).toBeGreaterThan(0);
            expect(compareHlc(next, last)).toBeGreaterThan(0);
            last = next;
          } else {
            const next = clock.now();
            expect(compareHlc(next, last)).toBeGreaterThan(0);
            last = next;
          }
        }
      }),
    );
  });

  it('a clock resumes after its last saved timestamp', () => {
    const clock = new HybridLogicalClock('me', { now: () => 5, last: '0000000000900-000002-me' });
    expect(clock.now()).toBe('0000000000900-000003-me');
  });

  it('a clock refuses an unusable node id', () => {
    expect(() => new HybridLogicalClock('has space')).toThrow(/node id/);
  });
});
