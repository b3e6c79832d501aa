/** A timer handle as returned by a {@link Scheduler}. */
export type TimerHandle = { readonly cancel: () => void };

/**
 * Time as the engine sees it: the wall clock and one-shot timers. Injected so tests drive backoff
 * and intervals deterministically; the default uses `Date.now` and `setTimeout`.
 */
export interface Scheduler {
  now(): number;
  setTimer(delayMs: number, callback: () => void): TimerHandle;
}

/** The real clock. */
export const systemScheduler: Scheduler = {
  now: () => Date.now(),
  setTimer(delayMs, callback) {
    const id = setTimeout(callback, delayMs);
    return { cancel: () => clearTimeout(id) };
  },
};

/**
 * A scheduler whose time moves only when told: `advance(ms)` fires due timers in order.
 * For tests and simulators.
 *
 * @example
 * const time = new ManualScheduler(0);
 * const client = await createSyncClient({ ..., scheduler: time });
 * time.advance(1000); // fires the first retry
 */
export class ManualScheduler implements Scheduler {
  #now: number;
  #timers: { at: number; seq: number; callback: () => void }[] = [];
  #seq = 0;

  constructor(start = 0) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  setTimer(delayMs: number, callback: () => void): TimerHandle {
    const timer = { at: this.#now + Math.max(0, delayMs), seq: this.#seq++, callback };
    this.#timers.push(timer);
    return {
      cancel: () => {
        this.#timers = this.#timers.filter((t) => t !== timer);
      },
    };
  }

  /** Due times of the timers still waiting, earliest first. */
  get pending(): number[] {
    return this.#timers.map((t) => t.at).sort((a, b) => a - b);
  }

  /** Moves time forward, firing each timer that falls due, in order. */
  advance(ms: number): void {
    const end = this.#now + ms;
    for (;;) {
      const due = this.#timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!due) break;
      this.#timers = this.#timers.filter((t) => t !== due);
      this.#now = Math.max(this.#now, due.at);
      due.callback();
    }
    this.#now = end;
  }
}
