import { describe, expect, it } from 'vitest';
import { type SignInFacts, signInBlocked } from './sign-in-blocked.js';

const now = new Date('2026-12-03T12:00:00Z');
const facts = (over: Partial<SignInFacts> = {}): SignInFacts => ({
  status: 'FullUser',
  lockedAt: null,
  failedSignIns: 0,
  suspendedAt: null,
  authenticationType: 'password',
  samlIdentityProvider: null,
  samlUniqueId: null,
  consoleAccess: true,
  classicAccess: false,
  email: 'l@x.test',
  username: null,
  autoUnlockMinutes: null,
  invitation: null,
  ...over,
});

describe('why this person cannot sign in', () => {
  it('says nothing for a Full user who can', () => {
    expect(signInBlocked(facts(), now)).toBeNull();
  });

  it.each([
    [{ status: 'Prospect' } as const, 'prospect', 'Never invited'],
    [{ status: 'Expired' } as const, 'expired', 'Extend the end date'],
    [{ status: 'Cancelled' } as const, 'cancelled', 'cancelled'],
    [{ status: 'Archived' } as const, 'archived', 'restore the account'],
    [{ suspendedAt: new Date('2026-12-01T10:00:00Z') }, 'suspended', 'suspended on 01/12/2026'],
    [{ consoleAccess: false, classicAccess: false }, 'no_interface_access', 'interface access'],
    [{ authenticationType: 'saml', samlIdentityProvider: 'Azure' } as const, 'saml', 'Azure'],
  ])('%o → %s', (over, code, words) => {
    const blocked = signInBlocked(facts(over), now);
    expect(blocked?.code).toBe(code);
    expect(blocked?.message).toContain(words);
  });

  it('tells when and after how many failures an account locked, until an automatic unlock passes', () => {
    const lockedAt = new Date('2026-12-03T11:30:00Z');
    expect(signInBlocked(facts({ lockedAt, failedSignIns: 5 }), now)?.message).toContain(
      'Locked on 03/12/2026 after 5 failed sign-ins',
    );
    expect(signInBlocked(facts({ lockedAt, autoUnlockMinutes: 20 }), now)).toBeNull();
  });

  it('says whether the invitation was delivered', () => {
    const invited = (invitation: SignInFacts['invitation']) =>
      signInBlocked(facts({ status: 'Invited', invitation }), now)?.message;
    expect(
      invited({ status: 'sent', sentAt: new Date('2026-11-30T09:00:00Z'), error: null }),
    ).toContain('sent on 30/11/2026');
    expect(invited({ status: 'failed', sentAt: null, error: '550 mailbox unavailable' })).toContain(
      'could not be delivered (550 mailbox unavailable)',
    );
    expect(invited({ status: 'pending', sentAt: null, error: null })).toContain('still waiting');
  });

  it('names an archived account before its lock, and a lock before a suspension', () => {
    const lockedAt = new Date('2026-12-03T11:30:00Z');
    expect(signInBlocked(facts({ status: 'Archived', lockedAt }), now)?.code).toBe('archived');
    expect(signInBlocked(facts({ lockedAt, suspendedAt: lockedAt }), now)?.code).toBe('locked');
  });
});
