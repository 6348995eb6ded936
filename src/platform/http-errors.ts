/** Turns every thrown thing into the error shape of CONTRACT.md, in one place. */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, pgConstraint, pgErrorCode } from './errors.js';

/** Database errors that a person can act on; everything else is a 500. */
export function translateDbError(error: unknown): AppError | null {
  const code = pgErrorCode(error);
  if (code === '23505') {
    const constraint = pgConstraint(error) ?? '';
    if (constraint.includes('email'))
      return new AppError('email_taken', 'That email address is already in use.', 409, {
        email: 'That email address is already registered to another account.',
      });
    if (constraint.includes('username'))
      return new AppError('username_taken', 'That username is already in use.', 409, {
        username: 'That username is already taken.',
      });
    if (constraint.includes('one_per_root'))
      return new AppError(
        'group_conflict',
        'A learner can be in only one group of each root hierarchy.',
        422,
        { groupIds: 'Choose one group per root hierarchy.' },
      );
    return new AppError('conflict', 'That record already exists.', 409);
  }
  if (code === '23503')
    return new AppError('invalid_reference', 'A linked record does not exist.', 422);
  return null;
}

function fieldsFromValidation(error: FastifyError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.validation ?? []) {
    const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || 'request';
    fields[path] ??= issue.message ?? 'Not valid.';
  }
  return fields;
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const known = error instanceof AppError ? error : translateDbError(error);
  if (known) {
    return reply.status(known.status).send({
      error: { code: known.code, message: known.message, fields: known.fields },
    });
  }
  if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
    const fields = fieldsFromValidation(error);
    const [first] = Object.entries(fields);
    return reply.status(422).send({
      error: {
        code: 'validation_failed',
        message: first ? `${first[0]}: ${first[1]}` : 'The request is not valid.',
        fields,
      },
    });
  }
  if (error.statusCode === 429) {
    return reply.status(429).send({
      error: {
        code: 'rate_limited',
        message: 'Too many attempts. Please wait a minute and try again.',
        fields: {},
      },
    });
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    const code = error.statusCode === 413 ? 'payload_too_large' : 'bad_request';
    return reply
      .status(error.statusCode)
      .send({ error: { code, message: error.message, fields: {} } });
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send({
    error: {
      code: 'internal_error',
      message: 'Something went wrong on our side. Please try again.',
      fields: {},
    },
  });
}
