import { type AccessContext, ownKey } from '../access';
import type { ScenarioAuthority } from '../authority';
import type { ApiErrorBody, Sandbox, SandboxRecords, SandboxUser } from '../protocol';
import type { SyncSpec } from '../spec';
import type { RegistryClient, RegistryFailure, RegistryResult } from './client';

/** A registry failure in one sentence (what happened, where). */
export function failureText(failure: RegistryFailure): string {
  switch (failure.kind) {
    case 'refused':
      return `${failure.message}${failure.pointer ? ` (at ${failure.pointer})` : ''}`;
    case 'unreachable':
      return `the server at ${failure.url} did not answer: ${failure.message}`;
    case 'not-a-server':
      return `${failure.url} is not a Syncraft server (HTTP ${failure.status})`;
    case 'bad-answer':
      return `the server answered something unexpected: ${failure.message}`;
    case 'no-token':
      return 'sign in first: sandboxes need a builder’s token';
  }
}

/** A caller's parameters as token claims: each under the claim the spec reads it from. */
function claimsOf(spec: SyncSpec, caller: AccessContext): NonNullable<SandboxUser['claims']> {
  const claims: Record<string, string | number | boolean | string[]> = {};
  for (const [name, value] of Object.entries(caller.params)) {
    const claim = spec.parameters?.find((p) => p.name === name)?.claim ?? name;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      claims[claim] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
      claims[claim] = value as string[];
  }
  return claims;
}

/** Options of {@link openSandbox}. */
export interface SandboxSessionOptions {
  /** A registry client signed in as a builder (or admin): it creates and deletes the sandbox. */
  readonly registry: RegistryClient;
  /** The server's origin, e.g. `http://localhost:4310` (the sync endpoints are under `/api`). */
  readonly origin: string;
  /** Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
}

/**
 * One simulator sandbox, open on the server: its id, a device token per simulated person, the
 * server's own reads and edits, and its deletion. `authority` answers the sync endpoints for a
 * caller, as the conflict scenarios need.
 */
export interface SandboxSession {
  /** The sandbox's app id (`sandbox-…`): devices sync at `/api/apps/{id}/sync`. */
  readonly id: string;
  /** When the server deletes it by itself (ISO 8601). */
  readonly expiresAt: string;
  readonly authority: ScenarioAuthority;
  /** A device token for the caller (one per person, roles and claims; asked once). */
  token(caller: AccessContext): Promise<string>;
  /**
   * Every live record, by entity, as the server stores them, and how many conflicts it kept for a
   * person (throws when the server refuses).
   */
  records(): Promise<SandboxRecords>;
  /** Deletes a record as the server itself (throws when refused). */
  remove(entity: string, key: string): Promise<void>;
  /** Deletes the sandbox and its data; later calls do nothing. */
  dispose(): Promise<void>;
}

/**
 * Creates a sandbox running `spec` on the server and answers it as a {@link SandboxSession}; a
 * refusal (not signed in, no builder role, the per-person limit, an invalid spec, no server) comes
 * back as the registry's failure, never thrown.
 *
 * @example
 * const opened = await openSandbox({ registry, origin: location.origin }, spec);
 * if (opened.ok) {
 *   const token = await opened.value.token({ userId: 'ana', roles: ['technician'], params: {}, now: Date.now() });
 *   await opened.value.dispose();
 * }
 */
export async function openSandbox(
  options: SandboxSessionOptions,
  spec: SyncSpec,
): Promise<RegistryResult<SandboxSession>> {
  const { registry } = options;
  const origin = options.origin.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const created = await registry.createSandbox(spec);
  if (!created.ok) return created;
  const sandbox: Sandbox = created.value;
  let disposed: Promise<void> | undefined;

  const tokens = new Map<string, Promise<string>>();
  const token = (caller: AccessContext): Promise<string> => {
    const claims = claimsOf(spec, caller);
    const key = JSON.stringify([caller.userId, caller.roles, claims]);
    let issued = tokens.get(key);
    if (!issued) {
      issued = registry
        .sandboxTokens(sandbox.id, [{ id: caller.userId, roles: [...caller.roles], claims }])
        .then((answer) => {
          if (!answer.ok || !answer.value.tokens[0])
            throw new Error(`No device token: ${answer.ok ? 'none issued' : failureText(answer.failure)}`);
          return answer.value.tokens[0].token;
        });
      // A refusal is not kept: the next call asks again.
      issued.catch(() => tokens.delete(key));
      tokens.set(key, issued);
    }
    return issued;
  };

  const call = async <T>(route: 'push' | 'pull', caller: AccessContext, body: unknown) => {
    const response = await doFetch(`${origin}/api/apps/${encodeURIComponent(sandbox.id)}/sync/${route}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await token(caller)}` },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as unknown;
    return response.ok
      ? ({ ok: true, status: 200, body: json as T } as const)
      : ({ ok: false, status: response.status, body: json as ApiErrorBody } as const);
  };

  const records = async () => {
    const listed = await registry.sandboxRecords(sandbox.id);
    if (!listed.ok) throw new Error(failureText(listed.failure));
    return listed.value;
  };

  const authority: ScenarioAuthority = {
    push: (caller, body) => call('push', caller, body),
    pull: (caller, body) => call('pull', caller, body),
    async record(entity, key) {
      const definition = spec.entities.find((e) => e.name === entity);
      const list = (await records()).records[entity] ?? [];
      return definition ? list.find((r) => ownKey(definition, r) === key) : undefined;
    },
    async write(entity, key, changes) {
      const written = await registry.editSandbox(sandbox.id, { entity, key, changes });
      if (!written.ok) throw new RangeError(failureText(written.failure));
      return written.value;
    },
  };

  const session: SandboxSession = {
    id: sandbox.id,
    expiresAt: sandbox.expiresAt,
    authority,
    token,
    records,
    async remove(entity, key) {
      const removed = await registry.editSandbox(sandbox.id, { entity, key, kind: 'delete' });
      if (!removed.ok) throw new RangeError(failureText(removed.failure));
    },
    dispose() {
      disposed ??= registry.deleteSandbox(sandbox.id).then(() => undefined);
      return disposed;
    },
  };
  return { ok: true, status: created.status, value: session };
}
