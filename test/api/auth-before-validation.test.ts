/**
 * Who is calling is checked before what they sent: every private write route of the OpenAPI
 * document answers 401 to a caller without a session, however invalid the path and body, so an
 * anonymous caller learns nothing about what a valid request would look like.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { type OpenApiDocument, walkOperations } from './openapi-walk.js';

let t: TestApp;
let doc: OpenApiDocument;

beforeAll(async () => {
  t = await startTestApp();
  doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
});
afterAll(() => t.close());

const INVALID_BODIES: unknown[] = [{}, [], { id: 'not a number', email: 'a\u0000b' }];

describe('authentication before validation', () => {
  it('answers 401, not 422, to every private write without a session', async () => {
    const open = new Set(
      t.app.registeredRoutes
        .filter((r) => r.access === 'public')
        .map((r) => `${r.method} ${r.url}`),
    );
    const writes = walkOperations(doc).filter(
      (op) =>
        op.method !== 'GET' && !open.has(`${op.method} ${op.path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(writes.length).toBeGreaterThan(10);
    const answers: string[] = [];
    for (const op of writes)
      for (const body of INVALID_BODIES)
        for (const headers of [{}, { cookie: 'roster_session=forged' }]) {
          const response = await t.app.inject({
            method: op.method as 'POST',
            url: op.path.replace(/\{(\w+)\}/g, 'not-an-id'),
            payload: body as object,
            headers,
          });
          answers.push(
            `${op.method} ${op.path}: ${response.statusCode} ${response.json().error?.code}`,
          );
        }
    expect(answers.filter((answer) => !answer.endsWith(': 401 unauthenticated'))).toEqual([]);
  });
});
