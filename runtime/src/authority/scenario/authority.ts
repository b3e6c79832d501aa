import type { AccessContext } from '../../access';
import type { PullRequest, PullResponse, PushRequest, PushResponse, RecordValues } from '../../protocol';
import type { SyncSpec } from '../../spec';
import type { AuthorityAnswer } from '../push';

/**
 * What the conflict scenarios need of a server: the sync endpoints answered for a caller, and the
 * server's own reads and edits (seeding, reassignment). The in-memory server is one; a simulator
 * sandbox on the real server, reached over HTTP, is another (`sandboxAuthority` of
 * `@syncraft/runtime/registry`).
 */
export interface ScenarioAuthority {
  push(caller: AccessContext, body: PushRequest): Promise<AuthorityAnswer<PushResponse>>;
  pull(caller: AccessContext, body: PullRequest): Promise<AuthorityAnswer<PullResponse>>;
  /** The live record, or undefined when there is none (or it is deleted). */
  record(entity: string, key: string): Promise<RecordValues | undefined>;
  /** An edit made on the server itself, bypassing device permissions; throws when refused. */
  write(entity: string, key: string, changes: RecordValues): Promise<unknown>;
}

/** A fresh, empty server running `spec`, for one scenario. */
export type FreshAuthority = (spec: SyncSpec) => Promise<ScenarioAuthority>;

/** What seeding writes to and reads from: the server's own edits. */
export type SeedTarget = Pick<ScenarioAuthority, 'record' | 'write'>;
