import { TabCoordinator, type TabHost, type TabOptions } from './coordinator';
import type { TabLocks } from './election';
import type { TabChannel } from './messages';

export { TabCoordinator, type TabHost, type TabOptions, type TabRole } from './coordinator';
export type { TabElection, TabLocks } from './election';
export type { TabCall, TabChannel, TabFailure, TabMessage } from './messages';

interface BrowserGlobals {
  readonly window?: unknown;
  readonly navigator?: { readonly locks?: TabLocks };
  readonly BroadcastChannel?: new (name: string) => TabChannel;
}

/**
 * Coordinates this client with the other tabs on database `dbName`, or returns `undefined` when it
 * works alone: with `false`, outside a browser unless options are given, or without BroadcastChannel.
 */
export function coordinateTabs(
  dbName: string,
  host: TabHost,
  options: TabOptions | false | undefined,
): TabCoordinator | undefined {
  if (options === false) return undefined;
  const g = globalThis as BrowserGlobals;
  if (options === undefined && g.window === undefined) return undefined;
  const Channel = g.BroadcastChannel;
  const open = options?.channel ?? (Channel ? (name: string) => new Channel(name) : undefined);
  if (!open) return undefined;
  const locks = options?.locks === undefined ? (g.navigator?.locks ?? null) : options.locks;
  const name = `syncraft-tabs:${dbName}`;
  return new TabCoordinator(name, host, options ?? {}, open(name), locks);
}
