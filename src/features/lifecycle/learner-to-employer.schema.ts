import { z } from 'zod';
import { ZCreateEmployerRequest, ZEmployerUser } from '../employers/employers.schema.js';
import { ZUser } from '../users/users.schema.js';

/** What Add Employer asks that a learner record does not hold; the person's details come from it. */
export const ZMakeEmployerRequest = ZCreateEmployerRequest.pick({
  title: true,
  mobile: true,
  groupIds: true,
  invite: true,
  employerId: true,
  roles: true,
  positionId: true,
  positionTitle: true,
  consoleAccess: true,
  classicAccess: true,
}).describe(
  "groupIds, employerId and invite are required; title and mobile default to the learner's. Names, email, gender and address are the learner's.",
);
export type TMakeEmployerRequest = z.infer<typeof ZMakeEmployerRequest>;

export const ZMadeEmployer = z.object({
  learner: ZUser.describe('The learner account, now Archived, its email and username freed'),
  employer: ZEmployerUser.describe('The new employer user with the same person’s details'),
});
