/**
 * "Why can't they sign in?" in one place (issue 12, the FAQ's "Why can't my learner log in"):
 * the first reason that stops this person signing in today, in words an administrator can act
 * on, or null when nothing does. The profile and GET /users/{id} both show it.
 */
import { isLockActive } from './account-access.js';
import { formatUkDate } from './dates.js';
import type { TSubscriptionStatus } from './subscription.js';

export const SIGN_IN_BLOCKED_CODES = [
  'locked',
  'suspended',
  'prospect',
  'invited',
  'expired',
  'cancelled',
  'archived',
  'no_interface_access',
  'saml',
  'no_email',
] as const;
export type TSignInBlockedCode = (typeof SIGN_IN_BLOCKED_CODES)[number];

export interface SignInFacts {
  status: TSubscriptionStatus;
  lockedAt: Date | null;
  failedSignIns: number;
  suspendedAt: Date | null;
  authenticationType: 'password' | 'saml';
  samlIdentityProvider: string | null;
  samlUniqueId: string | null;
  consoleAccess: boolean;
  classicAccess: boolean;
  email: string | null;
  username: string | null;
  /** The tenant's automatic unlock, when known; null: only an unlock lifts a lock. */
  autoUnlockMinutes: number | null;
  /** The latest activation email, when known. */
  invitation: {
    sentAt: Date | null;
    status: 'pending' | 'sent' | 'failed' | 'refused' | 'bounced';
    error: string | null;
  } | null;
}

const on = (date: Date | null) => (date ? ` on ${formatUkDate(date)}` : '');

function invitedMessage(invitation: SignInFacts['invitation']) {
  const base = 'Invited, but they have not activated their account yet.';
  if (!invitation) return `${base} Re-send the invitation if the email did not arrive.`;
  if (invitation.status === 'refused')
    return `${base} They never got the invitation: their mail server refused it${
      invitation.error ? ` (${invitation.error})` : ''
    }. Check the email address, then re-send it.`;
  if (invitation.status === 'bounced')
    return `${base} They never got the invitation: it came back undelivered${
      invitation.error ? ` (${invitation.error})` : ''
    }. Check the email address, then re-send it.`;
  if (invitation.status === 'failed')
    return `${base} The invitation email could not be delivered${
      invitation.error ? ` (${invitation.error})` : ''
    }: check the email address, then re-send it.`;
  if (invitation.status === 'pending')
    return `${base} The invitation email is still waiting to be sent; if it stays that way, the mail server may be down.`;
  return `${base} The invitation was sent${on(invitation.sentAt)}; if it did not arrive, ask them to check their junk mail, or re-send it.`;
}

export function signInBlocked(
  facts: SignInFacts,
  now: Date,
): { code: TSignInBlockedCode; message: string } | null {
  if (facts.status === 'Archived')
    return { code: 'archived', message: 'Archived: restore the account, then invite them again.' };
  if (isLockActive(facts.lockedAt, facts.autoUnlockMinutes, now))
    return {
      code: 'locked',
      message: `Locked${on(facts.lockedAt)} after ${facts.failedSignIns || 'too many'} failed sign-ins. Unlock the account, or they can ask for an unlock link from the sign-in page.`,
    };
  if (facts.suspendedAt)
    return {
      code: 'suspended',
      message: `Access suspended${on(facts.suspendedAt)} by an administrator. Resume their access to let them sign in.`,
    };
  switch (facts.status) {
    case 'Prospect':
      return {
        code: 'prospect',
        message: 'Never invited: send an invitation so they can set a password.',
      };
    case 'Invited':
      return { code: 'invited', message: invitedMessage(facts.invitation) };
    case 'Expired':
      return {
        code: 'expired',
        message: 'Their subscription has expired. Extend the end date and invite them again.',
      };
    case 'Cancelled':
      return {
        code: 'cancelled',
        message: 'Their subscription was cancelled. Invite them again to bring the account back.',
      };
    default:
      break;
  }
  if (!facts.consoleAccess && !facts.classicAccess)
    return {
      code: 'no_interface_access',
      message: 'They have no interface access. Give them console or classic access.',
    };
  if (facts.authenticationType === 'saml') {
    const provider = facts.samlIdentityProvider ?? 'their identity provider';
    return {
      code: 'saml',
      message: facts.samlUniqueId
        ? `They sign in through ${provider} (single sign-on), not with a Roster password. If that fails, check their SAML unique id with the provider.`
        : `They sign in through ${provider} (single sign-on), but have no SAML unique id: add it so the provider's answer can find them.`,
    };
  }
  if (!facts.email && !facts.username)
    return {
      code: 'no_email',
      message: 'They have neither an email address nor a username to sign in with.',
    };
  return null;
}
