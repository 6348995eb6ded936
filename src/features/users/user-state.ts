/**
 * "Not in that state" answers for actions on a user, kept apart from "not allowed" (403/404):
 * an archived user is a 409 `user_archived` whatever the action, with what is true about them.
 */
import { AppError } from '../../platform/errors.js';

export const userArchived = (message: string) => new AppError('user_archived', message, 409);
