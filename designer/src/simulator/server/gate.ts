import { type SyncTransport, TransportError } from '@syncraft/runtime';
import type { DeviceLink } from './server-side';

/** A {@link DeviceLink} over another transport, and the way to tell the device the server changed. */
export interface GatedLink extends DeviceLink {
  /** Tells the device, if online, that the server has changes (as a change event would). */
  wake(): void;
}

/**
 * Puts a simulated network switch in front of a transport: offline, push, pull and read fail as a
 * network failure would, before anything is sent. Change notices come from {@link GatedLink.wake}
 * rather than the server's event stream: the simulation decides when a device hears, so `idle()`
 * can wait for it, and no device holds an HTTP connection open (a browser allows six per server).
 */
export function gatedLink(inner: SyncTransport, device: string): GatedLink {
  let online = true;
  const listeners = new Set<() => void>();
  const offline = () =>
    Promise.reject(TransportError.network(`${device} is offline (simulated): nothing was sent.`));
  const transport: SyncTransport = {
    push: (request) => (online ? inner.push(request) : offline()),
    pull: (request) => (online ? inner.pull(request) : offline()),
    ...(inner.read ? { read: (request) => (online && inner.read ? inner.read(request) : offline()) } : {}),
    subscribe(onChange) {
      listeners.add(onChange);
      return () => {
        listeners.delete(onChange);
      };
    },
  };
  return {
    transport,
    setOnline(value) {
      online = value;
    },
    wake() {
      if (!online) return;
      for (const listener of [...listeners]) listener();
    },
  };
}
