import { afterEach, describe, expect, it } from 'vitest';
import { sessionTokenStore } from '../../src/registry/token-store';
import { SESSION_CHANNEL, type SharedSession, sharedSession } from '../../src/sign-in/shared-session';

/** A JWT-shaped token (unsigned: only its claims are read here) for `sub`, expiring at `exp` seconds. */
function jwt(sub: string, exp: number): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none' })}.${part({ sub, roles: ['builder'], exp })}.signature`;
}

const NOW = 1_800_000_000_000;
const fresh = jwt('dev-builder', NOW / 1000 + 3600);
const expired = jwt('dev-builder', NOW / 1000 - 1);

/** One tab: its own sessionStorage (a Map, or another page's of the same tab) and its own end of the real BroadcastChannel. */
function tab(token?: string, waitMs = 2000, storage = new Map<string, string>()) {
  const store = sessionTokenStore({
    getItem: (k) => storage.get(k) ?? null,
    setItem: (k, v) => void storage.set(k, v),
    removeItem: (k) => void storage.delete(k),
  });
  if (token !== undefined) store.set(token);
  const session = sharedSession(store, {
    channel: new BroadcastChannel(SESSION_CHANNEL),
    now: () => NOW,
    waitMs,
  });
  open.push(session);
  const heard: (string | undefined)[] = [];
  session.subscribe((t) => heard.push(t));
  return { store, session, heard, storage };
}

/** Resolves once `check` holds, polling the event loop (messages arrive asynchronously). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setImmediate(r));
  expect(check()).toBe(true);
}

const open: SharedSession[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

describe('sign-in shared by the tabs of one origin', () => {
  it('a new tab without a token gets the open tab’s token when it asks', async () => {
    tab(fresh);
    const fresher = tab();
    expect(await fresher.session.ask()).toBe(fresh);
    expect(fresher.store.get()).toBe(fresh);
    expect(fresher.heard).toEqual([fresh]);
  });

  it('asking answers undefined when no open tab is signed in', async () => {
    tab();
    const lonely = tab(undefined, 50);
    expect(await lonely.session.ask()).toBeUndefined();
    expect(lonely.store.get()).toBeUndefined();
    expect(lonely.heard).toEqual([]);
  });

  it('an expired token is never handed to another tab, and a tab drops its own expired one when it asks', async () => {
    tab(expired);
    const asker = tab(expired, 50);
    expect(asker.session.token()).toBeUndefined();
    expect(await asker.session.ask()).toBeUndefined();
    expect(asker.store.get()).toBeUndefined();
  });

  it('a tab that is signed in answers with its own token without asking', async () => {
    const own = jwt('dev-admin', NOW / 1000 + 60);
    tab(fresh);
    const signedIn = tab(own);
    expect(await signedIn.session.ask()).toBe(own);
    expect(signedIn.heard).toEqual([]);
  });

  it('signing out in one tab signs out every tab', async () => {
    const designer = tab(fresh);
    const reviewTab = tab(fresh);
    const other = tab(jwt('dev-reviewer', NOW / 1000 + 60));
    designer.session.signOut();
    expect(designer.store.get()).toBeUndefined();
    await until(() => reviewTab.store.get() === undefined && other.store.get() === undefined);
    expect(reviewTab.heard).toEqual([undefined]);
    expect(other.heard).toEqual([undefined]);
    expect(designer.heard).toEqual([]);
  });

  it('signing out in one part of a tab tells the other part sharing its storage', async () => {
    const dialog = tab(fresh);
    const simulator = tab(undefined, 2000, dialog.storage);
    expect(simulator.session.token()).toBe(fresh);
    const elsewhere = tab(fresh);
    elsewhere.session.signOut();
    await until(() => dialog.heard.length === 1 && simulator.heard.length === 1);
    expect([dialog.heard, simulator.heard]).toEqual([[undefined], [undefined]]);
    expect(dialog.store.get()).toBeUndefined();
  });

  it('a token the server refused is forgotten by the tabs holding it, not by a tab with another user', async () => {
    const other = jwt('dev-reviewer', NOW / 1000 + 60);
    const refusing = tab(fresh);
    const holding = tab(fresh);
    const another = tab(other);
    refusing.session.refused(fresh);
    expect(refusing.store.get()).toBeUndefined();
    await until(() => holding.store.get() === undefined);
    expect(holding.heard).toEqual([undefined]);
    // The message reached every tab before the one above was handled: the other user stayed.
    expect(another.store.get()).toBe(other);
    expect(another.heard).toEqual([]);
  });

  it('signing in does not change the user of a tab that is already signed in', async () => {
    const reviewer = jwt('dev-reviewer', NOW / 1000 + 60);
    const first = tab(reviewer);
    const second = tab();
    second.session.signIn(fresh);
    // A round trip over the channel: a third tab's question is answered by both, the first stays as it was.
    const third = tab();
    expect([fresh, reviewer]).toContain(await third.session.ask());
    expect(first.store.get()).toBe(reviewer);
    expect(first.heard).toEqual([]);
  });
});
