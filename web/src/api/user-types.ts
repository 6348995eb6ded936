/** Shapes of one user record and of the learner forms, read from the generated OpenAPI types. */
import {
  ADVICE_PACK_MODES,
  ADVICE_PACKS,
  AUTHENTICATION_TYPES,
  GENDERS,
} from '../../../src/domain/vocabulary';
import type { Answer, Body, Schema } from './answers';

// The server's own lists; contract-checks.ts proves each equal to the OpenAPI document's enum.
export { ADVICE_PACK_MODES, ADVICE_PACKS, AUTHENTICATION_TYPES, GENDERS };

export type Gender = Schema<'Gender'>;
export type AdvicePackMode = Schema<'AdvicePackMode'>;
export type AdvicePack = Schema<'AdvicePack'>;
export type AuthenticationType = Schema<'AuthenticationType'>;

/** One user as GET /users/{id} answers. */
export type UserRecord = Answer<'/users/{id}', 'get'>;
export type Address = UserRecord['address'];

/** A PATCH body: any learner field (null clears it), with the version that was loaded. */
export type UpdateUserRequest = Body<'/users/{id}', 'patch'>;
export type CreateLearnerRequest = Body<'/learners', 'post'>;

/** An email sent to the user. */
export type Communication = Answer<'/users/{id}/communications', 'get'>['items'][number];
export type InvitationResult = Answer<'/users/{id}/invitation', 'post'>;

/** The status actions of POST /users/{id}/<action>. */
export type StatusAction = UserRecord['actions']['status'][number];
