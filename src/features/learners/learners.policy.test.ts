import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/actor.js';
import { canManageOrganisations } from '../organisations/organisations.policy.js';
import { canCreateLearner } from './learners.policy.js';

const actor = (overrides: Partial<Actor>): Actor => ({
  tenantId: 1,
  tenantSlug: 't',
  userId: 1,
  type: 'admin',
  adminRole: 'standard',
  email: null,
  firstName: 'A',
  surname: 'B',
  accessibleGroupIds: new Set([1]),
  via: 'session',
  csrfToken: null,
  ...overrides,
});

describe('canCreateLearner', () => {
  it('lets a standard administrator with a group add learners', () => {
    expect(canCreateLearner(actor({}))).toBe(true);
  });
  it('refuses platform support, administrators without groups, learners and employer users', () => {
    expect(canCreateLearner(actor({ adminRole: 'support' }))).toBe(false);
    expect(canCreateLearner(actor({ accessibleGroupIds: new Set() }))).toBe(false);
    expect(canCreateLearner(actor({ type: 'learner', adminRole: null }))).toBe(false);
    expect(canCreateLearner(actor({ type: 'employer', adminRole: null }))).toBe(false);
  });
});

describe('canManageOrganisations', () => {
  it('is for standard administrators only', () => {
    expect(canManageOrganisations(actor({}))).toBe(true);
    expect(canManageOrganisations(actor({ adminRole: 'support' }))).toBe(false);
    expect(canManageOrganisations(actor({ type: 'employer', adminRole: null }))).toBe(false);
  });
});
