import type { Scheduler, TimerHandle } from '../client/scheduler';
import { isStoredLocally } from '../local-store';
import { durationMs, type Entity } from '../spec';

/** What made an entity due for a pull. */
export type PullTrigger =
  | 'app-start'
  | 'reconnect'
  | 'interval'
  | 'notification'
  | 'sync-now'
  | 'subscription';

/** Entities the device pulls at all: kept on the device, direction `pull` or `both`. */
export function pullableEntities(entities: readonly Entity[]): Entity[] {
  return entities.filter((e) => isStoredLocally(e) && e.sync.direction !== 'push');
}

/**
 * Each entity's own pull schedule, from its spec's `sync.schedule`: pulled on app start unless
 * `onAppStart: false`, on reconnect unless `onReconnect: false`, and every `interval` when it has
 * one (entities sharing an interval share a timer). Server notifications, `syncNow()` and a new
 * subscription pull every entity. The schedule never holds the device's own edits back: they
 * leave as soon as the offline state lets them.
 *
 * It only keeps the set of entities due; the engine takes that set at the start of a pull and
 * gives back what it could not pull (a failure, a state that held the entity back), so an entity
 * stays due until a pull of it succeeds.
 */
export class PullSchedule {
  readonly #entities: readonly Entity[];
  readonly #due = new Set<string>();
  /** The running timer of each interval (ms). */
  readonly #timers = new Map<number, TimerHandle>();
  readonly #onDue: () => void;

  /** `onDue` is called (synchronously) whenever entities become due. */
  constructor(entities: readonly Entity[], onDue: () => void) {
    this.#entities = pullableEntities(entities);
    this.#onDue = onDue;
  }

  /** Names of the entities due now. */
  get due(): ReadonlySet<string> {
    return this.#due;
  }

  /** Entities the trigger makes due, by each entity's schedule. */
  triggered(trigger: PullTrigger): string[] {
    return this.#entities
      .filter((e) => {
        const schedule = e.sync.schedule;
        if (trigger === 'app-start') return schedule?.onAppStart !== false;
        if (trigger === 'reconnect') return schedule?.onReconnect !== false;
        if (trigger === 'interval') return schedule?.interval !== undefined;
        return true;
      })
      .map((e) => e.name);
  }

  /** Marks the entities a trigger (or the named ones) due, and tells the engine when any are. */
  mark(trigger: PullTrigger, only?: readonly string[]): void {
    const names = only ?? this.triggered(trigger);
    for (const name of names) if (this.#entities.some((e) => e.name === name)) this.#due.add(name);
    if (names.length > 0) this.#onDue();
  }

  /** Takes the due entities that `allowed` lets through now; the rest stay due. */
  take(allowed: (entity: Entity) => boolean): string[] {
    const taken = this.#entities.filter((e) => this.#due.has(e.name) && allowed(e)).map((e) => e.name);
    for (const name of taken) this.#due.delete(name);
    return taken;
  }

  /** Gives back entities whose pull did not complete: they stay due. */
  giveBack(names: Iterable<string>): void {
    for (const name of names) this.#due.add(name);
  }

  /** Starts one timer per distinct interval; each firing marks its entities due. */
  arm(scheduler: Scheduler): void {
    this.disarm();
    const byInterval = new Map<number, string[]>();
    for (const e of this.#entities) {
      const interval = e.sync.schedule?.interval;
      if (interval === undefined) continue;
      const ms = durationMs(interval);
      byInterval.set(ms, [...(byInterval.get(ms) ?? []), e.name]);
    }
    for (const [ms, names] of byInterval) {
      const tick = () => {
        this.#timers.set(ms, scheduler.setTimer(ms, tick));
        this.mark('interval', names);
      };
      this.#timers.set(ms, scheduler.setTimer(ms, tick));
    }
  }

  /** Cancels the interval timers. */
  disarm(): void {
    for (const timer of this.#timers.values()) timer.cancel();
    this.#timers.clear();
  }
}
