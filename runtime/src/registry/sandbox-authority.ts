import { type AccessContext, ownKey } from '../access';
import type { FreshAuthority, ScenarioAuthority } from '../authority';
import type { ApiErrorBody, RecordValues, SandboxUser } from '../protocol';
import type { SyncSpec } from '../spec';
import type { RegistryClient, RegistryFailure } from './client';

/** Options of {@link sandboxAuthority}. */
export interface SandboxAuthorityOptions {
  /** A registry client signed in as a builder (or admin): it creates and deletes the sandboxes. */
  readonly registry: RegistryClient;
  /** The server's origin, e.g. `http://localhost:4310` (the sync endpoints are under `/api`). */
  readonly origin: string;
  /** Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
}

/** A {@link FreshAuthority} over simulator sandboxes, and the way to delete the last one. */
export interface SandboxAuthorities {
  readonly fresh: FreshAuthority;
  /** Deletes the sandbox still open (each new one deletes the one before). */
  dispose(): Promise<void>;
}

function failureText(failure: RegistryFailure): string {
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

/**
 * Servers for the conflict scenarios on the real server: each call creates a simulator sandbox
 * running the spec (deleting the one before), signs callers in with the sandbox's device tokens,
 * pushes and pulls through its sync endpoints, seeds through its records endpoint. The same
 * scenarios as in memory, answered by the server's database and enforcement.
 *
 * @example
 * const sandboxes = sandboxAuthority({ registry, origin: 'http://localhost:4310' });
 * try {
 *   const reports = await runConflictScenarios(spec, Date.now(), sandboxes.fresh);
 * } finally {
 *   await sandboxes.dispose();
 * }
 */
export function sandboxAuthority(options: SandboxAuthorityOptions): SandboxAuthorities {
  const { registry } = options;
  const origin = options.origin.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let open: string | undefined;

  const dispose = async () => {
    if (open === undefined) return;
    const id = open;
    open = undefined;
    await registry.deleteSandbox(id);
  };

  const fresh: FreshAuthority = async (spec) => {
    await dispose();
    const created = await registry.createSandbox(spec);
    if (!created.ok) throw new Error(`The server would not run the spec: ${failureText(created.failure)}`);
    const sandbox = created.value;
    open = sandbox.id;
    const tokens = new Map<string, Promise<string>>();
    const tokenFor = (caller: AccessContext): Promise<string> => {
      const claims = claimsOf(spec, caller);
      const key = JSON.stringify([caller.userId, caller.roles, claims]);
      let token = tokens.get(key);
      if (!token) {
        token = registry
          .sandboxTokens(sandbox.id, [{ id: caller.userId, roles: [...caller.roles], claims }])
          .then((answer) => {
            if (!answer.ok || !answer.value.tokens[0])
              throw new Error(`No device token: ${answer.ok ? 'none issued' : failureText(answer.failure)}`);
            return answer.value.tokens[0].token;
          });
        tokens.set(key, token);
      }
      return token;
    };
    const call = async <T>(route: 'push' | 'pull', caller: AccessContext, body: unknown) => {
      const response = await doFetch(`${origin}/api/apps/${encodeURIComponent(sandbox.id)}/sync/${route}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await tokenFor(caller)}` },
        body: JSON.stringify(body),
      });
      const json = (await response.json()) as unknown;
      return response.ok
        ? ({ ok: true, status: 200, body: json as T } as const)
        : ({ ok: false, status: response.status, body: json as ApiErrorBody } as const);
    };
    const authority: ScenarioAuthority = {
      push: (caller, body) => call('push', caller, body),
      pull: (caller, body) => call('pull', caller, body),
      async record(entity, key) {
        const definition = spec.entities.find((e) => e.name === entity);
        const listed = await registry.sandboxRecords(sandbox.id);
        if (!listed.ok) throw new Error(failureText(listed.failure));
        const records: readonly RecordValues[] = listed.value.records[entity] ?? [];
        return definition ? records.find((r) => ownKey(definition, r) === key) : undefined;
      },
      async write(entity, key, changes) {
        const written = await registry.editSandbox(sandbox.id, { entity, key, changes });
        if (!written.ok) throw new RangeError(failureText(written.failure));
        return written.value;
      },
    };
    return authority;
  };
  return { fresh, dispose };
}
