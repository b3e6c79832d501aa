import { useEffect, useState } from 'react';
import { apiOrigin } from '../config';
import { DeviceSession, type DeviceState } from '../device/device-session';
import type { Session } from '../session/token';

/** Opens the device session of `session` for as long as the component is mounted. */
export function useDeviceSession(session: Session): { state: DeviceState; device: DeviceSession | null } {
  const [device, setDevice] = useState<DeviceSession | null>(null);
  const [state, setState] = useState<DeviceState>({ phase: 'opening' });
  useEffect(() => {
    const opened = new DeviceSession(session, { window, storage: localStorage, origin: apiOrigin() });
    setDevice(opened);
    const stop = opened.subscribe(setState);
    opened
      .open()
      .catch((error: unknown) =>
        setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      stop();
      void opened.close();
    };
  }, [session]);
  return { state, device };
}
