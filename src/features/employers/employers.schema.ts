/** Add Employer (create-employer.txt): the request, and the employer user it answers with. */
import { z } from 'zod';
import { EMPLOYER_ROLES } from '../../domain/vocabulary.js';
import { zId } from '../../platform/api-schemas.js';
import { ZLearnerFields } from '../users/user-edit.schema.js';
import { ZUser } from '../users/users.schema.js';

/** What an employer user may do for the learners linked to them. */
export { EMPLOYER_ROLES };

const id = zId('Choose one from the list.').nullish();

export const ZCreateEmployerRequest = ZLearnerFields.pick({
  username: true,
  title: true,
  firstName: true,
  surname: true,
  gender: true,
  email: true,
  mobile: true,
  address: true,
  groupIds: true,
  consoleAccess: true,
  classicAccess: true,
})
  .extend({
    invite: z
      .boolean('Choose whether to invite the employer now.')
      .describe('true: Invited, and the activation email is sent; false: Prospect'),
    employerId: id.describe('The employer organisation the person works for'),
    roles: z
      .array(z.enum(EMPLOYER_ROLES, `A role is one of: ${EMPLOYER_ROLES.join(', ')}.`))
      .max(EMPLOYER_ROLES.length)
      .optional(),
    positionId: id.describe('A position from GET /positions'),
    positionTitle: z
      .string('Enter text here.')
      .max(1000)
      .nullish()
      .describe('A position by title: an existing one, or a new one for the whole tenant'),
  })
  .describe('title, firstName, surname, email, mobile, groupIds and employerId are required');
export type TCreateEmployerRequest = z.infer<typeof ZCreateEmployerRequest>;

export const ZEmployerUser = ZUser.extend({
  employerRoles: z.array(z.string()),
  positionId: z.number().int().nullable(),
});
export type TEmployerUser = z.infer<typeof ZEmployerUser>;

export const ZPosition = z.object({ id: z.number().int(), title: z.string() });
