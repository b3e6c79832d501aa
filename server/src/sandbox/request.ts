import type { SandboxUser } from '@syncraft/runtime/protocol';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { badRequest } from '../http/api-error';

/** Most people one request may issue device tokens for. */
export const MAX_SANDBOX_USERS = 20;

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isClaimValue = (value: unknown): boolean =>
  typeof value === 'string' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  typeof value === 'boolean' ||
  (Array.isArray(value) && value.every((item) => typeof item === 'string'));

/** Claims a simulated person may not set: they are the token's own. */
const RESERVED_CLAIMS = new Set(['sub', 'roles', 'sandbox', 'aud', 'iss', 'exp', 'iat', 'nbf', 'jti']);

/**
 * The `users` list at `pointer` of a sandbox request: each `{ id, roles, claims? }`, every role one of
 * the spec's; a precise 400 for the first problem.
 */
export function parseSandboxUsers(value: unknown, pointer: string, spec: SyncSpec): SandboxUser[] {
  if (!Array.isArray(value)) throw badRequest('"users" must be a list of people.', pointer);
  if (value.length > MAX_SANDBOX_USERS)
    throw badRequest(`At most ${MAX_SANDBOX_USERS} people per request; got ${value.length}.`, pointer);
  const roleNames = spec.roles.map((role) => role.name);
  return value.map((item, index): SandboxUser => {
    const at = `${pointer}/${index}`;
    if (!isObject(item)) throw badRequest('A person must be an object { id, roles, claims? }.', at);
    const { id, roles, claims } = item;
    if (typeof id !== 'string' || id.length === 0 || id.length > 128)
      throw badRequest('"id" must be a user id of 1 to 128 characters.', `${at}/id`);
    if (!Array.isArray(roles)) throw badRequest('"roles" must be a list of role names.', `${at}/roles`);
    roles.forEach((role, r) => {
      if (typeof role !== 'string' || !roleNames.includes(role)) {
        throw badRequest(
          `${JSON.stringify(role)} is not a role of this spec.`,
          `${at}/roles/${r}`,
          `The spec's roles are ${roleNames.join(', ') || 'none'}.`,
        );
      }
    });
    if (claims === undefined) return { id, roles: roles as string[] };
    if (!isObject(claims)) throw badRequest('"claims" must be an object of parameters.', `${at}/claims`);
    for (const [name, claim] of Object.entries(claims)) {
      if (RESERVED_CLAIMS.has(name))
        throw badRequest(`"${name}" is set by the server and cannot be a claim.`, `${at}/claims/${name}`);
      if (!isClaimValue(claim))
        throw badRequest(
          'A claim must be text, a number, true/false or a list of texts.',
          `${at}/claims/${name}`,
        );
    }
    return { id, roles: roles as string[], claims: claims as NonNullable<SandboxUser['claims']> };
  });
}
