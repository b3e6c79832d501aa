import type { NetworkSource } from '@syncraft/runtime';

type Listener = () => void;

/**
 * The browser's network signal, as the sync client sees it, with a step in between: when the
 * connection comes back, `beforeOnline` runs first (the app checks for a newer published spec and
 * upgrades the local database), and only then is the client told it is online. Going offline is
 * passed on at once.
 */
export class NetworkGate implements NetworkSource {
  readonly #listeners = { online: new Set<Listener>(), offline: new Set<Listener>() };
  readonly #window: Window;
  readonly #beforeOnline: () => Promise<void>;
  #online: boolean;
  #closed = false;

  constructor(win: Window, beforeOnline: () => Promise<void>) {
    this.#window = win;
    this.#beforeOnline = beforeOnline;
    this.#online = win.navigator.onLine;
    win.addEventListener('offline', this.#onOffline);
    win.addEventListener('online', this.#onOnline);
  }

  readonly #onOnline = () => {
    void this.#beforeOnline()
      .catch(() => undefined)
      .then(() => {
        if (this.#closed || !this.#window.navigator.onLine) return;
        this.#online = true;
        for (const listener of [...this.#listeners.online]) listener();
      });
  };

  readonly #onOffline = () => {
    this.#online = false;
    for (const listener of [...this.#listeners.offline]) listener();
  };

  get navigator(): { readonly onLine: boolean } {
    return { onLine: this.#online };
  }

  addEventListener(type: 'online' | 'offline', listener: Listener): void {
    this.#listeners[type].add(listener);
  }

  removeEventListener(type: 'online' | 'offline', listener: Listener): void {
    this.#listeners[type].delete(listener);
  }

  /** Stops passing events on (the device session ended). */
  close(): void {
    this.#closed = true;
    this.#window.removeEventListener('offline', this.#onOffline);
    this.#window.removeEventListener('online', this.#onOnline);
  }
}
