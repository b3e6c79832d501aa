/**
 * Runs async tasks one at a time in call order. The engine funnels every read-modify-write of local
 * data through one queue, so encryption (which cannot run inside an IndexedDB transaction) never
 * races another write of the same record.
 */
export class SerialQueue {
  #tail: Promise<unknown> = Promise.resolve();
  #running = 0;

  /** Tasks queued or running. */
  get size(): number {
    return this.#running;
  }

  run<T>(task: () => Promise<T>): Promise<T> {
    this.#running++;
    const result = this.#tail.then(task);
    this.#tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result.finally(() => {
      this.#running--;
    });
  }
}
