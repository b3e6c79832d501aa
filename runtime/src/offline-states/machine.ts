import type { Entity, OfflineEvent, OfflineState, Priority, SyncSpec, WriteMode } from '../spec';

/** An event for the offline state machine; `user-action` names the action (matched against `action`). */
export type MachineEvent =
  | { readonly type: Exclude<OfflineEvent, 'user-action'> }
  | { readonly type: 'user-action'; readonly action: string };

/** The result of feeding one event: either the machine moved, or no transition matched. */
export type TransitionResult =
  | { readonly moved: true; readonly from: string; readonly to: string; readonly event: MachineEvent }
  | { readonly moved: false; readonly state: string; readonly event: MachineEvent };

/**
 * The spec's offline state machine (`offlineStates`): a current state plus pure answers to
 * "may this entity sync now?" and "what happens to a write now?". It holds no timers and no I/O;
 * the client feeds it events (network, heartbeat, sync outcomes, app dispatches).
 */
export class OfflineMachine {
  #current: OfflineState;
  readonly #states: ReadonlyMap<string, OfflineState>;
  readonly #spec: SyncSpec;

  constructor(spec: SyncSpec) {
    this.#spec = spec;
    this.#states = new Map(spec.offlineStates.states.map((s) => [s.name, s]));
    const initial = this.#states.get(spec.offlineStates.initial);
    if (!initial) {
      throw new Error(
        `offlineStates.initial names "${spec.offlineStates.initial}", which is not a declared state (fix /offlineStates/initial)`,
      );
    }
    this.#current = initial;
  }

  /** The current state's definition. */
  get state(): OfflineState {
    return this.#current;
  }

  /**
   * Applies the first transition whose `from` is the current state (or `*`) and whose event matches.
   * Transitions from the exact state win over `*` ones, so a specific rule can override a catch-all.
   */
  send(event: MachineEvent): TransitionResult {
    const from = this.#current.name;
    const matches = this.#spec.offlineStates.transitions.filter(
      (t) =>
        t.event === event.type &&
        (t.from === from || t.from === '*') &&
        (event.type !== 'user-action' || t.action === undefined || t.action === event.action),
    );
    const chosen = matches.find((t) => t.from === from) ?? matches[0];
    const target = chosen ? this.#states.get(chosen.to) : undefined;
    if (!chosen || !target || target.name === from) return { moved: false, state: from, event };
    this.#current = target;
    return { moved: true, from, to: target.name, event };
  }

  /** Whether an entity's operations may be pushed or pulled in the current state. */
  maySync(entity: Entity): boolean {
    const { sync } = this.#current;
    if (!sync.enabled) return false;
    if (sync.priorities && !sync.priorities.includes(entity.sync.priority as Priority)) return false;
    if (sync.entities && !sync.entities.includes(entity.name)) return false;
    return true;
  }

  /** What the current state does with a write to this entity: allow, queue or block. */
  writeMode(entity: Entity): WriteMode {
    const exception = this.#current.entityWrites?.find((w) => w.entity === entity.name);
    return exception?.writes ?? this.#current.writes;
  }

  /** Whether the current state has any network at all (`online` or `limited`). */
  get connected(): boolean {
    return this.#current.network !== 'offline';
  }
}
