/**
 * A typed listener registry: `on(name, fn)` returns its own unsubscribe, `emit` calls listeners
 * in order and isolates their failures (one throwing listener never stops the engine or the rest).
 */
export class Emitter<Events extends { [K in keyof Events]: unknown }> {
  readonly #listeners = new Map<keyof Events, Set<(payload: never) => void>>();
  readonly #any = new Set<<K extends keyof Events>(name: K, payload: Events[K]) => void>();
  readonly #onListenerError: (error: unknown) => void;

  constructor(
    onListenerError: (error: unknown) => void = (error) =>
      queueMicrotask(() => {
        throw error;
      }),
  ) {
    this.#onListenerError = onListenerError;
  }

  /** Registers a listener; call the returned function to remove it. */
  on<K extends keyof Events>(name: K, listener: (payload: Events[K]) => void): () => void {
    let set = this.#listeners.get(name);
    if (!set) {
      set = new Set();
      this.#listeners.set(name, set);
    }
    const entry = listener as (payload: never) => void;
    set.add(entry);
    return () => {
      set.delete(entry);
    };
  }

  /** Registers a listener of every event (say, to forward them elsewhere); returns its removal. */
  onAny(listener: <K extends keyof Events>(name: K, payload: Events[K]) => void): () => void {
    this.#any.add(listener);
    return () => {
      this.#any.delete(listener);
    };
  }

  /** Calls every listener of `name` with `payload`. */
  emit<K extends keyof Events>(name: K, payload: Events[K]): void {
    for (const listener of [...this.#any]) {
      try {
        listener(name, payload);
      } catch (error) {
        this.#onListenerError(error);
      }
    }
    const set = this.#listeners.get(name);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        (listener as (payload: Events[K]) => void)(payload);
      } catch (error) {
        this.#onListenerError(error);
      }
    }
  }
}
