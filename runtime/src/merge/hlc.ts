import type { Hlc } from '../protocol/types';

/** Largest wall time an {@link Hlc} can hold: 13 digits of milliseconds (the year 2286). */
export const HLC_MAX_WALL_MS = 9_999_999_999_999;
/** Largest counter an {@link Hlc} can hold: 6 digits. */
export const HLC_MAX_COUNTER = 999_999;

const HLC_PATTERN = /^(\d{13})-(\d{6})-([\x21-\x7e]{1,128})$/;
const NODE_PATTERN = /^[\x21-\x7e]{1,128}$/;

/** The three parts of an {@link Hlc}. */
export interface HlcState {
  /** Wall-clock milliseconds (the largest seen, local or remote). */
  readonly wallMs: number;
  /** Events within the same millisecond. */
  readonly counter: number;
  /** The device (or server) that made the timestamp: printable ASCII without spaces, 1–128 characters. */
  readonly nodeId: string;
}

/** True when `nodeId` can be written into an {@link Hlc}. */
export function isValidNodeId(nodeId: string): boolean {
  return NODE_PATTERN.test(nodeId);
}

/** Reads an {@link Hlc}; `undefined` when the value is not a well-formed timestamp. Never throws. */
export function parseHlc(value: unknown): HlcState | undefined {
  if (typeof value !== 'string') return undefined;
  const match = HLC_PATTERN.exec(value);
  if (!match) return undefined;
  return { wallMs: Number(match[1]), counter: Number(match[2]), nodeId: match[3]! };
}

/** True when the value is a well-formed {@link Hlc}. */
export function isHlc(value: unknown): value is Hlc {
  return parseHlc(value) !== undefined;
}

/** Writes a state as an {@link Hlc} string (fixed width, so string order is time order). */
export function formatHlc(state: HlcState): Hlc {
  return `${String(state.wallMs).padStart(13, '0')}-${String(state.counter).padStart(6, '0')}-${state.nodeId}`;
}

/**
 * Orders two timestamps: negative when `a` is earlier, positive when later, 0 when identical.
 * Equal wall time and counter are ordered by node id, so two devices never tie.
 * Both must be well-formed (check with {@link isHlc} at the boundary).
 */
export function compareHlc(a: Hlc, b: Hlc): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two timestamps. */
export function maxHlc(a: Hlc, b: Hlc): Hlc {
  return compareHlc(a, b) >= 0 ? a : b;
}

/** Creates the first state of a clock for one node. Throws a RangeError for an unusable node id. */
export function initialHlcState(nodeId: string): HlcState {
  if (!isValidNodeId(nodeId)) {
    throw new RangeError(
      `not a usable HLC node id: ${JSON.stringify(nodeId)} (use 1–128 printable ASCII characters, no spaces)`,
    );
  }
  return { wallMs: 0, counter: 0, nodeId };
}

function clampWall(wallMs: number): number {
  if (!Number.isFinite(wallMs) || wallMs < 0) return 0;
  return Math.min(Math.floor(wallMs), HLC_MAX_WALL_MS);
}

/** Moves past the counter's limit by borrowing the next millisecond, so timestamps stay increasing. */
function normalise(wallMs: number, counter: number, nodeId: string): HlcState {
  if (counter > HLC_MAX_COUNTER) return { wallMs: Math.min(wallMs + 1, HLC_MAX_WALL_MS), counter: 0, nodeId };
  return { wallMs, counter, nodeId };
}

/**
 * Advances the clock for a local event: the result is later than every timestamp the clock has
 * made or received.
 *
 * @example
 * let s = initialHlcState('dev1');
 * s = tick(s, Date.now());
 * formatHlc(s); // '1732252800000-000000-dev1'
 */
export function tick(state: HlcState, wallMs: number): HlcState {
  const wall = clampWall(wallMs);
  if (wall > state.wallMs) return { wallMs: wall, counter: 0, nodeId: state.nodeId };
  return normalise(state.wallMs, state.counter + 1, state.nodeId);
}

/** Why a remote timestamp was refused by {@link receive}. */
export type HlcRejection = 'malformed' | 'drift';

/** The outcome of {@link receive}: the merged state, or why the remote timestamp was refused. */
export type ReceiveResult =
  | { readonly ok: true; readonly state: HlcState }
  | { readonly ok: false; readonly reason: HlcRejection; readonly message: string };

/**
 * Merges a timestamp seen on another node into the local clock, so the next local event is ordered
 * after it. A malformed timestamp, or one further ahead of the local wall clock than `maxDriftMs`,
 * is refused (the state is left unchanged) rather than allowed to push the clock into the future.
 */
export function receive(
  state: HlcState,
  remote: unknown,
  wallMs: number,
  maxDriftMs: number = Number.POSITIVE_INFINITY,
): ReceiveResult {
  const other = parseHlc(remote);
  if (!other) {
    return {
      ok: false,
      reason: 'malformed',
      message: `not a hybrid logical clock timestamp: ${JSON.stringify(remote)?.slice(0, 80)} (expected <13-digit ms>-<6-digit counter>-<node id>)`,
    };
  }
  const wall = clampWall(wallMs);
  if (other.wallMs - wall > maxDriftMs) {
    return {
      ok: false,
      reason: 'drift',
      message: `timestamp ${String(remote)} is ${other.wallMs - wall} ms ahead of this clock (limit ${maxDriftMs} ms)`,
    };
  }
  const top = Math.max(wall, state.wallMs, other.wallMs);
  let counter: number;
  if (top === state.wallMs && top === other.wallMs) counter = Math.max(state.counter, other.counter) + 1;
  else if (top === state.wallMs) counter = state.counter + 1;
  else if (top === other.wallMs) counter = other.counter + 1;
  else counter = 0;
  return { ok: true, state: normalise(top, counter, state.nodeId) };
}

/** Options of a {@link HybridLogicalClock}. */
export interface HybridLogicalClockOptions {
  /** The wall clock in milliseconds; inject a fake one in tests. Defaults to `Date.now`. */
  readonly now?: () => number;
  /** Refuse remote timestamps further ahead than this (default: no limit). */
  readonly maxDriftMs?: number;
  /** Resume from a saved timestamp (e.g. the last one this device persisted). */
  readonly last?: Hlc;
}

/**
 * A hybrid logical clock for one node: {@link tick} and {@link receive} over a held state.
 *
 * @example
 * const clock = new HybridLogicalClock('dev42', { now: () => fakeTime });
 * const stamp = clock.now();          // for a local change
 * clock.observe(pulledChange.hlc);    // after pulling a change made elsewhere
 */
export class HybridLogicalClock {
  #state: HlcState;
  readonly #now: () => number;
  readonly #maxDriftMs: number;

  constructor(nodeId: string, options: HybridLogicalClockOptions = {}) {
    this.#state = initialHlcState(nodeId);
    this.#now = options.now ?? Date.now;
    this.#maxDriftMs = options.maxDriftMs ?? Number.POSITIVE_INFINITY;
    if (options.last !== undefined) {
      const last = parseHlc(options.last);
      if (last) this.#state = { wallMs: last.wallMs, counter: last.counter, nodeId };
    }
  }

  /** The node id written into every timestamp. */
  get nodeId(): string {
    return this.#state.nodeId;
  }

  /** The last timestamp made or received, without advancing. */
  get last(): Hlc {
    return formatHlc(this.#state);
  }

  /** A new timestamp for a local event, later than every one before. */
  now(): Hlc {
    this.#state = tick(this.#state, this.#now());
    return formatHlc(this.#state);
  }

  /** Takes note of a timestamp made elsewhere; returns why it was refused, if it was. */
  observe(remote: unknown): ReceiveResult {
    const result = receive(this.#state, remote, this.#now(), this.#maxDriftMs);
    if (result.ok) this.#state = result.state;
    return result;
  }
}
