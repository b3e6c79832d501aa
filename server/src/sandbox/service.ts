import type { Sandbox, SandboxToken, SandboxUser } from '@syncraft/runtime/protocol';
import { check } from '@syncraft/runtime/spec';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { ApiError, badRequest } from '../http/api-error';
import { type Actor, requirePermission } from '../registry/access';
import { newSandboxId } from './ids';
import { parseSandboxUsers } from './request';
import { type SandboxRow, SandboxStore } from './store';
import { newTokenKey, signSandboxToken } from './tokens';

/** How long a sandbox lives and how many one person may have at once (docs/server.md). */
export interface SandboxSettings {
  readonly ttlMs: number;
  /** Live sandboxes per person; 0 turns sandboxes off. */
  readonly perUser: number;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * What sandboxes do, apart from HTTP: create (checked like a version, limited per person), issue
 * device tokens, delete with their data, expire. Only the person who created a sandbox may see it,
 * issue its tokens or delete it.
 */
export class SandboxService {
  readonly store: SandboxStore;

  constructor(
    db: Kysely<Database>,
    readonly settings: SandboxSettings,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.store = new SandboxStore(db);
  }

  /** A new sandbox running `body.spec`, with device tokens for `body.users`. */
  async create(actor: Actor, body: unknown): Promise<Sandbox> {
    requirePermission(actor, 'sandbox.create');
    if (this.settings.perUser === 0) {
      throw new ApiError(403, 'forbidden', 'Sandboxes are turned off on this server.', {
        hint: 'An operator turns them on with SYNCRAFT_SANDBOX_LIMIT (docs/server.md).',
      });
    }
    if (!isObject(body) || !isObject(body.spec))
      throw badRequest('The body must be { "spec": <a sync spec>, "users"?: [...] }.', '/spec');
    const checked = check(body.spec);
    const errors = checked.diagnostics.filter((d) => d.severity === 'error');
    if (checked.spec === undefined || errors.length > 0) {
      const diagnostics = checked.diagnostics.map((d) => ({ ...d, pointer: `/spec${d.pointer}` }));
      throw new ApiError(400, 'invalid-spec', 'The spec has errors, so it cannot run in a sandbox.', {
        pointer: diagnostics.find((d) => d.severity === 'error')?.pointer ?? '/spec',
        hint: 'Fix the errors listed in "diagnostics" (the designer’s problems list shows them too).',
        diagnostics,
      });
    }
    const users = body.users === undefined ? [] : parseSandboxUsers(body.users, '/users', checked.spec);
    const now = this.now();
    await this.removeExpired();
    const live = await this.store.live(actor.userId, now.toISOString());
    if (live.count >= this.settings.perUser) {
      throw new ApiError(
        409,
        'conflict',
        `You have ${live.count} sandboxes running; the limit is ${this.settings.perUser} per person.`,
        {
          hint: `Delete one (DELETE /api/sandboxes/{id}) or wait until ${live.firstEnd ?? 'one expires'}.`,
        },
      );
    }
    const id = newSandboxId();
    const row: SandboxRow = {
      id,
      createdBy: actor.userId,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + this.settings.ttlMs).toISOString(),
      spec: { ...checked.spec, app: { ...checked.spec.app, id } },
      tokenKey: newTokenKey(),
    };
    await this.store.insert(row);
    return {
      ...describe(row),
      diagnostics: checked.diagnostics.map((d) => ({ ...d, pointer: `/spec${d.pointer}` })),
      tokens: await this.#sign(row, users),
    };
  }

  /** The caller's own live sandbox. */
  async get(actor: Actor, id: string): Promise<Sandbox> {
    const row = await this.#owned(actor, id);
    return { ...describe(row), diagnostics: [], tokens: [] };
  }

  /** Device tokens for more people of the caller's own live sandbox. */
  async issueTokens(actor: Actor, id: string, body: unknown): Promise<SandboxToken[]> {
    const row = await this.#owned(actor, id);
    if (!isObject(body)) throw badRequest('The body must be { "users": [...] }.', '');
    return this.#sign(row, parseSandboxUsers(body.users, '/users', row.spec));
  }

  /** Deletes the caller's own sandbox (expired or not) with its data. */
  async remove(actor: Actor, id: string): Promise<void> {
    await this.#owned(actor, id, { expired: true });
    await this.store.remove(id);
  }

  /** The live sandbox `id` for the sync endpoints; a 404 saying why when there is none. */
  async live(id: string): Promise<SandboxRow> {
    const row = await this.store.find(id);
    if (!row) {
      throw new ApiError(404, 'not-found', `There is no sandbox "${id}": it was deleted or has expired.`, {
        hint: 'Start the simulation on the server again to get a new sandbox.',
      });
    }
    if (row.expiresAt <= this.now().toISOString()) {
      throw new ApiError(404, 'not-found', `The sandbox "${id}" expired at ${row.expiresAt}.`, {
        hint: 'Start the simulation on the server again to get a new sandbox.',
      });
    }
    return row;
  }

  /** Deletes every expired sandbox with its data. */
  removeExpired(): Promise<string[]> {
    return this.store.removeExpired(this.now().toISOString());
  }

  /** The caller's own live sandbox, with its key and spec (403 for someone else's, 404 when gone). */
  owned(actor: Actor, id: string): Promise<SandboxRow> {
    return this.#owned(actor, id);
  }

  async #owned(actor: Actor, id: string, options: { expired?: boolean } = {}): Promise<SandboxRow> {
    requirePermission(actor, 'sandbox.create');
    const row = await this.store.find(id);
    if (!row) {
      throw new ApiError(404, 'not-found', `There is no sandbox "${id}": it was deleted or has expired.`, {
        hint: 'Create a new one with POST /api/sandboxes.',
      });
    }
    if (row.createdBy !== actor.userId) {
      throw new ApiError(
        403,
        'forbidden',
        `The sandbox "${id}" is ${row.createdBy}'s; only they may use or delete it.`,
        { hint: 'Create a sandbox of your own with POST /api/sandboxes.' },
      );
    }
    return options.expired ? row : this.live(id);
  }

  #sign(row: SandboxRow, users: readonly SandboxUser[]): Promise<SandboxToken[]> {
    const expires = new Date(row.expiresAt);
    return Promise.all(
      users.map(async (user) => ({
        userId: user.id,
        roles: [...user.roles],
        token: await signSandboxToken(row.id, row.tokenKey, user, expires),
        expiresAt: row.expiresAt,
      })),
    );
  }
}

function describe(row: SandboxRow): Omit<Sandbox, 'diagnostics' | 'tokens'> {
  return {
    id: row.id,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    spec: row.spec,
  };
}
