import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/support/app.js';
import { APP_ERROR_CODES } from './platform/errors.js';

type Operation = {
  responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
};

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('server', () => {
  it('documents every API route in the OpenAPI 3.1 document', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    const documented = new Set(
      Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
        ([path, verbs]) =>
          Object.keys(verbs).map(
            (verb) => `${verb.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
          ),
      ),
    );
    const routes = t.app.registeredRoutes
      .filter((route) => route.url.startsWith('/api/v1/') && route.url !== '/api/v1/openapi.json')
      .map((route) => `${route.method} ${route.url}`);
    expect(routes.filter((route) => !documented.has(route))).toEqual([]);
  });

  it('publishes the error code union as a named enum every 4xx answer uses', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    const document = response.json();
    expect(document.components.schemas.ErrorCode.enum).toEqual([...APP_ERROR_CODES]);
    const errorRef = '#/components/schemas/Error';
    const answers = Object.values(document.paths as Record<string, Record<string, Operation>>)
      .flatMap((verbs) => Object.values(verbs))
      .flatMap((operation) => Object.entries(operation.responses ?? {}))
      .filter(([status]) => status.startsWith('4'));
    expect(answers.length).toBeGreaterThan(0);
    const notUsingError = answers.filter(
      ([, answer]) =>
        Object.values(answer.content ?? {}).some((media) => media.schema?.$ref !== errorRef) ||
        !answer.content,
    );
    expect(notUsingError).toEqual([]);
  });

  it('answers unknown API paths with the error shape, and sets protective headers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
  });

  it('serves the API reference page', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<html');
  });
});
