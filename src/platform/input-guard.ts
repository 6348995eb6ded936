/**
 * The edge every request passes before its route's schema: text PostgreSQL cannot store or
 * that no form produces (a NUL byte, a lone UTF-16 surrogate, a broken percent-encoding),
 * strings longer than any field, numbers beyond a PostgreSQL integer, nesting deeper than any
 * request. One check for every route and field, so a new route is guarded the day it is added.
 */
import type { FastifyRequest } from 'fastify';
import { MAX_INT4 } from './api-schemas.js';
import { AppError } from './errors.js';

/** Longer than any text field Roster stores (notes are 2,000, custom fields 4,000). */
export const MAX_TEXT = 10_000;
const MAX_DEPTH = 32;
// With the u flag a surrogate pair is one code point; only an unpaired half is category Cs.
const LONE_SURROGATE = /\p{Cs}/u;

function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'Remove the NUL character from this text.';
  if (LONE_SURROGATE.test(text))
    return 'This text holds a broken character (half of a UTF-16 pair). Type it again.';
  if (text.length > MAX_TEXT) return `At most ${MAX_TEXT.toLocaleString('en-GB')} characters.`;
  return null;
}

function numberProblem(value: number): string | null {
  return Math.abs(value) > MAX_INT4 ? `Numbers are at most ${MAX_INT4}.` : null;
}

// Parsed JSON, query and params (their objects have odd prototypes) but not a raw body: a
// Buffer or a stream is the route's own business.
const isWalkable = (value: unknown): value is object =>
  typeof value === 'object' &&
  value !== null &&
  !ArrayBuffer.isView(value) &&
  typeof (value as { pipe?: unknown }).pipe !== 'function';

/** The first unacceptable value in `input`, as [field path, reason]; iterative, so depth is no risk. */
export function findHostileValue(input: unknown, root = ''): [string, string] | null {
  const stack: [unknown, string, number][] = [[input, root, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [value, path, depth] = item;
    const where = path || 'request';
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) return [where, problem];
    } else if (typeof value === 'number') {
      const problem = numberProblem(value);
      if (problem) return [where, problem];
    } else if (isWalkable(value)) {
      if (depth >= MAX_DEPTH) return [where, 'The request is nested too deeply.'];
      for (const [key, inner] of Object.entries(value)) {
        const keyProblem = textProblem(key);
        const innerPath = path ? `${path}.${key}` : key;
        if (keyProblem) return [innerPath, keyProblem];
        stack.push([inner, innerPath, depth + 1]);
      }
    }
  }
  return null;
}

/** True when every `%xx` run of the query string decodes to well-formed UTF-8. */
function queryDecodes(url: string) {
  const query = url.split('?')[1];
  if (!query) return true;
  try {
    for (const part of query.split('&')) decodeURIComponent(part.replaceAll('+', ' '));
    return true;
  } catch {
    return false;
  }
}

/** preValidation hook: refuses hostile input in the path, query and body with a 422. */
export async function guardInput(request: FastifyRequest) {
  if (!queryDecodes(request.url))
    throw new AppError(
      'validation_failed',
      'The address holds a character that is not valid UTF-8.',
      422,
      { request: 'The address holds a character that is not valid UTF-8.' },
    );
  for (const part of [request.params, request.query, request.body]) {
    const found = findHostileValue(part);
    if (found) {
      const [field, reason] = found;
      throw new AppError('validation_failed', `${field}: ${reason}`, 422, { [field]: reason });
    }
  }
}
