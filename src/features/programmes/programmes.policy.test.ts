import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/actor.js';
import {
  canConfigureProgrammes,
  canManageProgramme,
  canSeeProgramme,
} from './programmes.policy.js';

const actor = (overrides: Partial<Actor> = {}): Actor => ({
  tenantId: 1,
  tenantSlug: 't',
  userId: 1,
  type: 'admin',
  adminRole: 'standard',
  email: null,
  firstName: 'A',
  surname: 'B',
  accessibleGroupIds: new Set([1, 2]),
  via: 'session',
  csrfToken: null,
  ...overrides,
});

describe('programme policies', () => {
  it('shows a programme offered on at least one accessible group', () => {
    expect(canSeeProgramme(actor(), [2, 3], false)).toBe(true);
    expect(canSeeProgramme(actor(), [3], false)).toBe(false);
    expect(canSeeProgramme(actor({ type: 'learner' }), [1], false)).toBe(false);
  });
  it('lets only a standard administrator with every group change it', () => {
    expect(canManageProgramme(actor(), [1, 2], false)).toBe(true);
    expect(canManageProgramme(actor(), [2, 3], false)).toBe(false);
    expect(canManageProgramme(actor({ adminRole: 'support' }), [1], false)).toBe(false);
    expect(canConfigureProgrammes(actor({ adminRole: 'support' }))).toBe(false);
  });
  it('leaves a programme offered nowhere to administrators with full access', () => {
    expect(canSeeProgramme(actor(), [], false)).toBe(false);
    expect(canManageProgramme(actor(), [], true)).toBe(true);
  });
});
