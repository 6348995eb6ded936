import { describe, expect, it } from 'vitest';
import { isLockActive, signInRefusal } from './account-access.js';

const now = new Date('2026-12-03T10:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe('isLockActive', () => {
  it('is false without a lock', () => {
    expect(isLockActive(null, null, now)).toBe(false);
    expect(isLockActive(null, 15, now)).toBe(false);
  });
  it('holds for ever when the tenant has no automatic unlock', () => {
    expect(isLockActive(minutesAgo(60 * 24 * 365), null, now)).toBe(true);
  });
  it('lifts once the tenant minutes have passed, not before', () => {
    expect(isLockActive(minutesAgo(14), 15, now)).toBe(true);
    expect(isLockActive(minutesAgo(15), 15, now)).toBe(false);
    expect(isLockActive(minutesAgo(16), 15, now)).toBe(false);
  });
});

describe('signInRefusal', () => {
  it('lets an unlocked Full user in', () => {
    expect(
      signInRefusal({ status: 'FullUser', lockedAt: null, suspendedAt: null }, null, now),
    ).toBeNull();
  });
  it.each(['Prospect', 'Invited', 'Expired', 'Cancelled', 'Archived'] as const)(
    'refuses a %s as inactive',
    (status) => {
      expect(signInRefusal({ status, lockedAt: null, suspendedAt: null }, null, now)).toBe(
        'inactive',
      );
    },
  );
  it('refuses a locked Full user, until an automatic unlock has passed', () => {
    expect(
      signInRefusal({ status: 'FullUser', lockedAt: minutesAgo(1), suspendedAt: null }, null, now),
    ).toBe('locked');
    expect(
      signInRefusal({ status: 'FullUser', lockedAt: minutesAgo(1), suspendedAt: null }, 30, now),
    ).toBe('locked');
    expect(
      signInRefusal({ status: 'FullUser', lockedAt: minutesAgo(31), suspendedAt: null }, 30, now),
    ).toBeNull();
  });
  it('names the lock first for a locked account that is also archived', () => {
    expect(
      signInRefusal({ status: 'Archived', lockedAt: minutesAgo(1), suspendedAt: null }, null, now),
    ).toBe('locked');
  });
  it('refuses a suspended Full user as suspended, and names a lock before it', () => {
    const suspendedAt = minutesAgo(5);
    expect(signInRefusal({ status: 'FullUser', lockedAt: null, suspendedAt }, null, now)).toBe(
      'suspended',
    );
    expect(
      signInRefusal({ status: 'FullUser', lockedAt: minutesAgo(1), suspendedAt }, null, now),
    ).toBe('locked');
  });
});
