import type { AccessContext } from '@syncraft/runtime/access';
import type { JsonValue } from '@syncraft/runtime/protocol';
import type { SyncSpec } from '@syncraft/runtime/spec';
import type { AuthUser } from '../auth/user';

function isJsonValue(value: unknown): value is JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonValue);
  return false; // objects are not parameter values
}

/**
 * Who is calling, as the shared access rules see it: `user.id` from `sub`, `user.roles` from the
 * `roles` claim, and each declared spec parameter from its claim (`claim`, else the parameter's
 * name). A claim that is missing or not a scalar/list leaves the parameter unknown, which no
 * condition matches.
 */
export function accessContextFor(spec: SyncSpec, user: AuthUser, now: number): AccessContext {
  const params: Record<string, JsonValue> = {};
  for (const parameter of spec.parameters ?? []) {
    const claim = parameter.claim ?? parameter.name;
    const value = Object.hasOwn(user.claims, claim)
      ? (user.claims as Record<string, unknown>)[claim]
      : undefined;
    if (isJsonValue(value)) params[parameter.name] = value;
  }
  return { userId: user.userId, roles: user.roles, params, now };
}
