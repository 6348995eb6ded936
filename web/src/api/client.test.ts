/** The typed client's two middlewares: the CSRF header on writes, and one thrown error shape. */
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, asFormData, createApiClient, rememberCsrfToken, unwrap } from './client';

interface Sent {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

/** A client whose fetch records each request and answers with `reply`. */
function clientAnswering(reply: () => Response | Promise<Response>) {
  const sent: Sent[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    const request = input as Request;
    sent.push({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: await request.text(),
    });
    return reply();
  };
  return { api: createApiClient({ baseUrl: 'http://roster.test/api/v1', fetch }), sent };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

afterEach(() => rememberCsrfToken(null));

describe('the API client', () => {
  it('throws a 422 as an ApiError with the code, message and per-field messages', async () => {
    const { api } = clientAnswering(() =>
      json(422, {
        error: {
          code: 'validation_failed',
          message: 'Check the highlighted fields.',
          fields: { surname: 'Enter a surname.', 'address.postcode': 'Enter a UK postcode.' },
        },
      }),
    );
    const failure = await unwrap(
      api.PATCH('/users/{id}', { params: { path: { id: 7 } }, body: { version: 1 } }),
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({
      status: 422,
      code: 'validation_failed',
      message: 'Check the highlighted fields.',
      fields: { surname: 'Enter a surname.', 'address.postcode': 'Enter a UK postcode.' },
    });
  });

  it('throws an answer without our error body with a plain message for its status', async () => {
    const { api } = clientAnswering(
      () => new Response('<html>Bad gateway</html>', { status: 502 }),
    );
    await expect(unwrap(api.GET('/groups'))).rejects.toMatchObject({
      status: 502,
      code: 'http_error',
      message: 'Something went wrong in Roster. Try again in a moment.',
      fields: {},
    });
  });

  it('throws a request that never reached Roster as a network error', async () => {
    const { api } = clientAnswering(() => {
      throw new TypeError('Failed to fetch');
    });
    await expect(unwrap(api.GET('/groups'))).rejects.toMatchObject({
      status: 0,
      code: 'network_error',
    });
  });

  it('answers the parsed body of a success', async () => {
    const { api } = clientAnswering(() => json(200, [{ id: 1, name: 'North' }]));
    await expect(unwrap(api.GET('/groups'))).resolves.toEqual([{ id: 1, name: 'North' }]);
  });

  it('sends the CSRF token on writes only, and paths and queries as the server reads them', async () => {
    const { api, sent } = clientAnswering(() => json(200, {}));
    rememberCsrfToken('token-1');
    await unwrap(
      api.GET('/users', {
        params: { query: { q: '', groupId: [3, 4], page: 2, pageSize: 10, status: undefined } },
      }),
    );
    await unwrap(api.POST('/users/{id}/invitation', { params: { path: { id: 9 } } }));
    await unwrap(api.GET('/public/{tenant}', { params: { path: { tenant: 'a b/c' } } }));

    const [list, invite, publicTenant] = sent;
    expect(list?.method).toBe('GET');
    expect(list?.url).toBe(
      'http://roster.test/api/v1/users?groupId=3&groupId=4&page=2&pageSize=10',
    );
    expect(list?.headers.get('X-CSRF-Token')).toBeNull();
    expect(list?.headers.get('Accept')).toBe('application/json');
    expect(invite?.method).toBe('POST');
    expect(invite?.url).toBe('http://roster.test/api/v1/users/9/invitation');
    expect(invite?.headers.get('X-CSRF-Token')).toBe('token-1');
    expect(invite?.headers.get('Content-Type')).toBeNull();
    expect(invite?.body).toBe('');
    expect(publicTenant?.url).toBe('http://roster.test/api/v1/public/a%20b%2Fc');
  });

  it('sends a form with its file as multipart, with the CSRF token', async () => {
    const { api, sent } = clientAnswering(() => json(201, { id: 1 }));
    rememberCsrfToken('token-2');
    const file = new File(['First name,Surname\r\nAnn,Lee\r\n'], 'people.csv', {
      type: 'text/csv',
    });
    await unwrap(
      api.POST('/users/{id}/change-requests', {
        params: { path: { id: 3 } },
        body: { note: 'from a file', requested: {}, file } as never,
        bodySerializer: asFormData,
      }),
    );
    const [upload] = sent;
    expect(upload?.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(upload?.headers.get('X-CSRF-Token')).toBe('token-2');
    expect(upload?.body).toContain('name="note"\r\n\r\nfrom a file');
    expect(upload?.body).toContain('filename="people.csv"');
    expect(upload?.body).toContain('Ann,Lee');
  });

  it('sends JSON bodies, and no CSRF header once the session is forgotten', async () => {
    const { api, sent } = clientAnswering(() => json(200, {}));
    await unwrap(
      api.POST('/session', { body: { tenant: 'acme', username: 'ann', password: 'secret' } }),
    );
    expect(sent[0]?.headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(sent[0]?.body ?? '')).toEqual({
      tenant: 'acme',
      username: 'ann',
      password: 'secret',
    });
    expect(sent[0]?.headers.get('X-CSRF-Token')).toBeNull();
  });
});
