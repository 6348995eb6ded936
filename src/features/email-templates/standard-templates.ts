/** Roster's standard wording of each templated email: what a tenant sends until it writes its own. */
import type { TTemplateKind } from '../../domain/email-template.js';

export const STANDARD_TEMPLATES = {
  activation: {
    subject: 'Activate your Roster account',
    body: [
      'Hello {{firstName}},',
      '',
      '{{organisationName}} has created a Roster account for you.',
      'Open this link to choose your password and activate your account:',
      '{{activationLink}}',
      '',
      'The link works once and expires in {{expiresDays}} days. If it has expired, ask your training provider to send a new one.',
    ].join('\n'),
  },
} satisfies Record<Exclude<TTemplateKind, 'message'>, { subject: string; body: string }>;
