/**
 * What each audit entry's action means, in words for the Audit page, its filter and its CSV.
 * Imported by the server and the web app alike; an action not listed is shown by its name.
 */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  learner_created: 'Learner created',
  employer_created: 'Employer user created',
  administrator_created: 'Administrator created',
  user_updated: 'Details edited',
  administrator_updated: 'Administrator edited',
  administrator_deactivated: 'Administrator deactivated',
  self_registered: 'Registered with an access code',
  invitation_sent: 'Invitation sent',
  account_activated: 'Account activated',
  user_cancel: 'Cancelled',
  user_suspend: 'Suspended',
  user_resume: 'Resumed',
  user_expire: 'Expired',
  user_archive: 'Archived',
  user_restore: 'Restored',
  user_made_employer: 'Made an employer user (learner archived)',
  user_created_from_learner: 'Employer user made from a learner',
  message_sent: 'Message sent',
  group_message_sent: 'Group message sent',
  email_template_saved: 'Email template saved',
  sign_in: 'Signed in',
  sign_in_failed: 'Sign-in failed',
  sign_in_refused: 'Sign-in refused',
  account_locked: 'Account locked',
  account_unlocked: 'Account unlocked',
  unlock_link_sent: 'Unlock link sent',
  password_reset_sent: 'Password reset link sent',
  password_reset: 'Password reset',
  change_request_created: 'Change request made',
  funding_marked_unfunded: 'Funding episode marked unfunded',
  learners_imported: 'Users uploaded',
  bulk_action_started: 'Bulk action started',
  access_codes_generated: 'Access codes generated',
  access_code_revoked: 'Access code revoked',
  access_code_extended: 'Access code extended',
  group_created: 'Group added',
  group_updated: 'Group changed',
  group_deleted: 'Group deleted',
  organisation_address_created: 'Organisation address added',
  organisation_contact_created: 'Organisation contact added',
  api_key_created: 'API key created',
  api_key_revoked: 'API key revoked',
  tenant_created: 'Organisation created',
  tenant_updated: 'Organisation settings changed',
};

/** The words for an action: its label, or its name with spaces. */
export const auditActionLabel = (action: string) =>
  AUDIT_ACTION_LABELS[action] ?? action.replaceAll('_', ' ');
