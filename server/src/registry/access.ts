import { ApiError } from './errors';

/** The registry's roles, read from the same `roles` claim as the sync endpoint's. */
export const REGISTRY_ROLES = ['builder', 'reviewer', 'admin'] as const;
/** One of the registry's roles. */
export type RegistryRole = (typeof REGISTRY_ROLES)[number];

/** Who may do what. `admin` may do everything; documented in docs/governance.md ("Roles"). */
export const PERMISSIONS = {
  read: ['builder', 'reviewer', 'admin'],
  validate: ['builder', 'reviewer', 'admin'],
  'version.create': ['builder', 'admin'],
  'version.submit': ['builder', 'admin'],
  'version.comment': ['builder', 'reviewer', 'admin'],
  'review.list': ['reviewer', 'admin'],
  'version.approve': ['reviewer', 'admin'],
  'version.reject': ['reviewer', 'admin'],
  'version.publish': ['reviewer', 'admin'],
  'app.rollback': ['reviewer', 'admin'],
  'audit.read': ['reviewer', 'admin'],
  'sandbox.create': ['builder', 'admin'],
} as const satisfies Record<string, readonly RegistryRole[]>;

/** A registry action that needs a role. */
export type Permission = keyof typeof PERMISSIONS;

/** The caller of a registry action, as recorded in the audit log. */
export interface Actor {
  readonly userId: string;
  readonly roles: readonly string[];
}

/** True when one of the actor's roles grants the permission. */
export function can(actor: Actor, permission: Permission): boolean {
  const allowed: readonly string[] = PERMISSIONS[permission];
  return actor.roles.some((role) => allowed.includes(role));
}

/** Every permission the actor's roles grant, in the order of {@link PERMISSIONS}. */
export function permissionsOf(actor: Actor): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => can(actor, permission));
}

/** Throws a 403 that names the roles needed when the actor lacks the permission. */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (can(actor, permission)) return;
  const needed = PERMISSIONS[permission].join(' or ');
  throw new ApiError(
    403,
    'forbidden',
    `This needs the role ${needed}; you have ${actor.roles.length > 0 ? actor.roles.join(', ') : 'no role'}.`,
    { hint: 'Ask an administrator to add the role to your token’s "roles" claim.' },
  );
}
