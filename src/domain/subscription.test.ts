import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  canSignIn,
  canTransition,
  SUBSCRIPTION_STATUSES,
  TransitionError,
  type TSubscriptionEvent,
  type TSubscriptionStatus,
  transition,
} from './subscription.js';

describe('canSignIn', () => {
  it('lets only a full user sign in', () => {
    expect(SUBSCRIPTION_STATUSES.filter(canSignIn)).toEqual(['FullUser']);
  });
});

const allowed: [TSubscriptionStatus, TSubscriptionEvent, TSubscriptionStatus][] = [
  ['Prospect', 'invite', 'Invited'],
  ['Invited', 'invite', 'Invited'],
  ['Expired', 'invite', 'Invited'],
  ['Cancelled', 'invite', 'Invited'],
  ['Invited', 'activate', 'FullUser'],
  ['Prospect', 'expire', 'Expired'],
  ['Invited', 'expire', 'Expired'],
  ['FullUser', 'expire', 'Expired'],
  ['Expired', 'expire', 'Expired'],
  ['Cancelled', 'expire', 'Expired'],
  ['Prospect', 'cancel', 'Cancelled'],
  ['FullUser', 'cancel', 'Cancelled'],
  ['Expired', 'cancel', 'Cancelled'],
  ['FullUser', 'archive', 'Archived'],
  ['Cancelled', 'archive', 'Archived'],
  ['Archived', 'restore', 'Prospect'],
];

describe('transition', () => {
  it.each(allowed)('%s --%s--> %s', (from, event, to) => {
    expect(transition(from, event)).toBe(to);
    expect(canTransition(from, event)).toBe(true);
  });

  it.each([
    [
      'Archived',
      'invite',
      'This user is archived; restore the account before sending an invitation.',
    ],
    ['FullUser', 'invite', 'This user is already a full user and does not need an invitation.'],
    [
      'Prospect',
      'activate',
      'Only an invited user can activate an account; this user is Prospect.',
    ],
    [
      'FullUser',
      'activate',
      'Only an invited user can activate an account; this user is Full user.',
    ],
    ['Archived', 'expire', 'An archived user cannot expire.'],
    ['Cancelled', 'cancel', "This user's subscription is already cancelled."],
    ['Archived', 'cancel', 'An archived user cannot be cancelled; restore the account first.'],
    ['Archived', 'archive', 'This user is already archived.'],
    ['FullUser', 'restore', 'Only an archived user can be restored.'],
  ] as const)('refuses %s --%s--> with a message', (from, event, message) => {
    expect(canTransition(from, event)).toBe(false);
    expect(() => transition(from, event)).toThrow(message);
    try {
      transition(from, event);
    } catch (error) {
      expect(error).toBeInstanceOf(TransitionError);
      expect(error).toMatchObject({ name: 'TransitionError', from, event });
    }
  });
});

describe('allowedEvents', () => {
  it('lists what an administrator can do next', () => {
    expect(allowedEvents('Archived')).toEqual(['restore']);
    expect(allowedEvents('Invited')).toEqual(['invite', 'activate', 'expire', 'cancel', 'archive']);
    expect(allowedEvents('FullUser')).toEqual(['expire', 'cancel', 'archive']);
  });
});
