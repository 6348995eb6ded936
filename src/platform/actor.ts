/** Who is making a request, and the groups they can reach (subtrees already expanded). */
export interface Actor {
  tenantId: number;
  tenantSlug: string;
  /** The tenant's display name, when loaded with the actor (sessions and API keys). */
  tenantName?: string;
  userId: number;
  type: 'learner' | 'employer' | 'admin';
  adminRole: 'standard' | 'support' | null;
  email: string | null;
  firstName: string;
  surname: string;
  /** Every group id the actor can access, subtrees included. Empty for non-administrators. */
  accessibleGroupIds: ReadonlySet<number>;
  via: 'session' | 'api_key';
  csrfToken: string | null;
}

/**
 * An administrator (standard or platform support). Administrator-only use cases take this
 * type, so calling one with an unchecked actor is a compile error, not a leak; only the
 * guards below (and the route hook that ran before them) produce it.
 */
export type AdminActor = Actor & { readonly type: 'admin' };
/** Platform support: an administrator whose role is `support`. */
export type SupportActor = AdminActor & { readonly adminRole: 'support' };

/** An employer user: what the employer's console use cases take. */
export type EmployerActor = Actor & { readonly type: 'employer' };

export const isEmployer = (actor: Actor): actor is EmployerActor => actor.type === 'employer';
export const isAdmin = (actor: Actor): actor is AdminActor => actor.type === 'admin';
export const isSupport = (actor: Actor): actor is SupportActor =>
  actor.type === 'admin' && actor.adminRole === 'support';
export const canAccessGroup = (actor: Actor, groupId: number) =>
  actor.accessibleGroupIds.has(groupId);
