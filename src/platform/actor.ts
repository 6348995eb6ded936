/** Who is making a request, and the groups they can reach (subtrees already expanded). */
export interface Actor {
  tenantId: number;
  tenantSlug: string;
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

export const isAdmin = (actor: Actor) => actor.type === 'admin';
export const isSupport = (actor: Actor) => actor.type === 'admin' && actor.adminRole === 'support';
export const canAccessGroup = (actor: Actor, groupId: number) =>
  actor.accessibleGroupIds.has(groupId);
