/**
 * Refusals that Fastify or Node's HTTP parser make before any route runs still answer in the
 * documented shape `{"error":{"code","message","fields"}}`, and never echo the request back.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let port = 0;

beforeAll(async () => {
  t = await startTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(() => t.close());

function expectShape(body: string, code: string) {
  const parsed = JSON.parse(body) as { error: { code: string; message: string; fields: object } };
  expect(parsed.error.code).toBe(code);
  expect(typeof parsed.error.message).toBe('string');
  expect(parsed.error.fields).toEqual({});
}

/** Sends raw bytes over a socket and resolves with everything the server wrote back. */
function raw(request: string) {
  return new Promise<string>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString('utf8');
    });
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe("Fastify's own errors", () => {
  it('a URL that does not decode is a 400 bad_url', async () => {
    for (const url of ['/api/v1/users/%', '/api/v1/public/%E0%A4%A', '/api/v1/users/%ED%A0%80']) {
      const response = await t.app.inject({ url });
      expect(response.statusCode, url).toBe(400);
      expectShape(response.body, 'bad_url');
    }
  });

  it('a path parameter longer than any id is a 400 bad_url', async () => {
    const response = await t.app.inject({ url: `/api/v1/users/${'9'.repeat(500)}` });
    expect(response.statusCode).toBe(400);
    expectShape(response.body, 'bad_url');
  });

  it('a body that is not JSON is a 415 unsupported_media_type', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { 'content-type': 'application/xml' },
      payload: '<session tenant="demo"/>',
    });
    expect(response.statusCode).toBe(415);
    expectShape(response.body, 'unsupported_media_type');
  });

  it('invalid JSON is a 400 invalid_json that does not echo the body', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { 'content-type': 'application/json' },
      payload: '{"password": "hunter2-secret"',
    });
    expect(response.statusCode).toBe(400);
    expectShape(response.body, 'invalid_json');
    expect(response.body).not.toContain('hunter2');
  });

  it('headers too large are a 431 in the documented shape', async () => {
    const answer = await raw(
      `GET /api/v1/session HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(answer.startsWith('HTTP/1.1 431 ')).toBe(true);
    expectShape(answer.slice(answer.indexOf('\r\n\r\n') + 4), 'headers_too_large');
  });

  it('a malformed request line is a 400 in the documented shape', async () => {
    const answer = await raw('GARBAGE\r\n\r\n');
    expect(answer.startsWith('HTTP/1.1 400 ')).toBe(true);
    expectShape(answer.slice(answer.indexOf('\r\n\r\n') + 4), 'bad_request');
  });
});
