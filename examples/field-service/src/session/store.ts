import { readToken, type Session } from './token';

const KEY = 'field-service:session';

/** The signed-in session kept across reloads (offline starts included), if still valid. */
export function storedSession(storage: Storage, now: number): Session | null {
  const token = storage.getItem(KEY);
  if (!token) return null;
  const reading = readToken(token, now);
  return reading.ok ? reading.session : null;
}

export function keepSession(storage: Storage, session: Session): void {
  storage.setItem(KEY, session.token);
}

export function forgetSession(storage: Storage): void {
  storage.removeItem(KEY);
}
