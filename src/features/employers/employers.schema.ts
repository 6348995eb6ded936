/** Add Employer (create-employer.txt): the request, and the employer user it answers with. */
import { z } from 'zod';
import { EMPLOYER_ROLES } from '../../domain/vocabulary.js';
import { zId } from '../../platform/api-schemas.js';
import { ZEmployerChoices, ZLearnerFields } from '../users/user-edit.schema.js';
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
    ...ZEmployerChoices.shape,
  })
  .describe('title, firstName, surname, email, mobile, groupIds and employerId are required');
export type TEmployerRole = (typeof EMPLOYER_ROLES)[number];
export type TCreateEmployerRequest = z.infer<typeof ZCreateEmployerRequest>;

/** An employer user as answered: a user (employerRoles and positionId are on every user). */
export const ZEmployerUser = ZUser;
export type TEmployerUser = z.infer<typeof ZEmployerUser>;

export const ZPosition = z.object({ id: z.number().int(), title: z.string() });
