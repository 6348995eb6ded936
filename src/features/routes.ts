/** Every API feature, registered under /api/v1. A new feature adds one line here. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessCodesRoutes } from './access-codes/access-codes.routes.js';
import { activationRoutes } from './activation/activation.routes.js';
import { administratorsRoutes } from './administrators/administrators.routes.js';
import { apiKeysRoutes } from './api-keys/api-keys.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { bulkActionsRoutes } from './bulk-actions/bulk-actions.routes.js';
import { emailTemplatesRoutes } from './email-templates/email-templates.routes.js';
import { employersRoutes } from './employers/employers.routes.js';
import { fundingRoutes } from './funding/funding.routes.js';
import { groupsRoutes } from './groups/groups.routes.js';
import { importsRoutes } from './imports/imports.routes.js';
import { invitationsRoutes } from './invitations/invitations.routes.js';
import { learnersRoutes } from './learners/learners.routes.js';
import { lifecycleRoutes } from './lifecycle/lifecycle.routes.js';
import { meRoutes } from './me/me.routes.js';
import { messagesRoutes } from './messages/messages.routes.js';
import { organisationsRoutes } from './organisations/organisations.routes.js';
import { passwordResetRoutes } from './password-reset/password-reset.routes.js';
import { postcodesRoutes } from './postcodes/postcodes.routes.js';
import { programmesRoutes } from './programmes/programmes.routes.js';
import { registrationsRoutes } from './registrations/registrations.routes.js';
import { reportsRoutes } from './reports/reports.routes.js';
import { tenantsRoutes } from './tenants/tenants.routes.js';
import { unlockRoutes } from './unlock/unlock.routes.js';
import { userEditRoutes } from './users/user-edit.routes.js';
import { usersRoutes } from './users/users.routes.js';

export const featureRoutes: FastifyPluginAsyncZod[] = [
  authRoutes,
  usersRoutes,
  reportsRoutes,
  groupsRoutes,
  programmesRoutes,
  tenantsRoutes,
  invitationsRoutes,
  activationRoutes,
  apiKeysRoutes,
  accessCodesRoutes,
  registrationsRoutes,
  userEditRoutes,
  learnersRoutes,
  organisationsRoutes,
  postcodesRoutes,
  fundingRoutes,
  employersRoutes,
  unlockRoutes,
  passwordResetRoutes,
  lifecycleRoutes,
  importsRoutes,
  administratorsRoutes,
  bulkActionsRoutes,
  auditRoutes,
  emailTemplatesRoutes,
  messagesRoutes,
  meRoutes,
];
