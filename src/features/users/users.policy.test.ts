import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/actor.js';
import {
  canEditDetails,
  canEditUser,
  canInviteUser,
  canManageUser,
  canSeeUser,
  canSendPasswordReset,
  canUnlockUser,
  type UserSubject,
} from './users.policy.js';

const actor = (over: Partial<Actor> = {}): Actor => ({
  tenantId: 1,
  tenantSlug: 't',
  userId: 10,
  type: 'admin',
  adminRole: 'standard',
  email: 'a@x.test',
  firstName: 'A',
  surname: 'B',
  accessibleGroupIds: new Set([1, 2]),
  via: 'session',
  csrfToken: 'x',
  ...over,
});
const user = (over: Partial<UserSubject> = {}): UserSubject => ({
  tenantId: 1,
  id: 20,
  type: 'learner',
  subscriptionStatus: 'Prospect',
  lockedAt: null,
  groupIds: [2],
  ...over,
});

describe('user policies', () => {
  it('sees users sharing an accessible group in the same tenant only', () => {
    expect(canSeeUser(actor(), user())).toBe(true);
    expect(canSeeUser(actor(), user({ groupIds: [3] }))).toBe(false);
    expect(canSeeUser(actor(), user({ tenantId: 2 }))).toBe(false);
    expect(canSeeUser(actor({ type: 'learner' }), user())).toBe(false);
    expect(canSeeUser(actor({ type: 'learner', userId: 20 }), user())).toBe(true);
  });

  it('lets standard administrators manage the users they see, whatever their state', () => {
    expect(canManageUser(actor(), user({ subscriptionStatus: 'Archived' }))).toBe(true);
    expect(canManageUser(actor({ adminRole: 'support' }), user())).toBe(false);
    expect(canManageUser(actor(), user({ groupIds: [3] }))).toBe(false);
  });

  it('lets standard administrators edit, not support, and never archived users', () => {
    expect(canEditUser(actor(), user())).toBe(true);
    expect(canEditUser(actor({ adminRole: 'support' }), user())).toBe(false);
    expect(canEditUser(actor(), user({ subscriptionStatus: 'Archived' }))).toBe(false);
  });

  it('offers the Edit User form for learners and employer users, not administrators', () => {
    expect(canEditDetails(actor(), user())).toBe(true);
    expect(canEditDetails(actor(), user({ type: 'employer' }))).toBe(true);
    expect(canEditDetails(actor(), user({ type: 'admin' }))).toBe(false);
    expect(canInviteUser(actor(), user({ type: 'employer' }))).toBe(true);
  });

  it('invites only those not yet full users, and unlocks only locked accounts', () => {
    expect(canInviteUser(actor(), user())).toBe(true);
    expect(canInviteUser(actor(), user({ subscriptionStatus: 'FullUser' }))).toBe(false);
    expect(canUnlockUser(actor(), user())).toBe(false);
    expect(canUnlockUser(actor(), user({ lockedAt: new Date() }))).toBe(true);
  });

  it('offers a password reset only to a Full password user with an email', () => {
    const full = {
      ...user({ subscriptionStatus: 'FullUser' }),
      email: 'l@x.test',
      authenticationType: 'password',
    };
    expect(canSendPasswordReset(actor(), full)).toBe(true);
    expect(canSendPasswordReset(actor(), { ...full, subscriptionStatus: 'Invited' })).toBe(false);
    expect(canSendPasswordReset(actor(), { ...full, authenticationType: 'saml' })).toBe(false);
    expect(canSendPasswordReset(actor(), { ...full, email: null })).toBe(false);
    expect(canSendPasswordReset(actor({ adminRole: 'support' }), full)).toBe(false);
    expect(canSendPasswordReset(actor(), { ...full, groupIds: [3] })).toBe(false);
  });
});
