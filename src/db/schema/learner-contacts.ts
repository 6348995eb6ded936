/** A learner's contacts: people of organisations linked to them (a referrer's contact). */
import { index, integer, pgTable, serial, unique } from 'drizzle-orm/pg-core';
import { organisationContacts } from './organisations.js';
import { createdAt, sameTenant, tenantRef } from './tenants.js';
import { users } from './users.js';

export const learnerContacts = pgTable(
  'learner_contacts',
  {
    id: serial().primaryKey(),
    tenantId: tenantRef(),
    learnerId: integer().notNull(),
    contactId: integer().notNull(),
    addedAt: createdAt(),
  },
  (t) => [
    unique('learner_contacts_learner_contact_key').on(t.learnerId, t.contactId),
    index('learner_contacts_contact_idx').on(t.contactId),
    sameTenant('learner_contacts_learner_fk', [t.tenantId, t.learnerId], users).onDelete('cascade'),
    sameTenant(
      'learner_contacts_contact_fk',
      [t.tenantId, t.contactId],
      organisationContacts,
    ).onDelete('cascade'),
  ],
);
