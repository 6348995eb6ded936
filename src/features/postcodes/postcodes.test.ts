import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import {
  buildAdmin,
  buildGroup,
  buildLearner,
  buildTenant,
} from '../../../test/support/factories.js';
import { freePort, stallingProxy } from '../../../test/support/net.js';
import { type PostcodeServer, startPostcodeServer } from '../../../test/support/postcode-server.js';
import { PostcodeLookupUnavailable } from './postcode-lookup.js';
import { postcodesIo } from './postcodes-io.js';

let stand: PostcodeServer;
let t: TestApp;
let unset: TestApp;
let admin: Client;
let learner: Client;
let adminUnset: Client;

async function world(app: TestApp) {
  const tenant = await buildTenant(app.db);
  const root = await buildGroup(app.db, tenant, 'Root');
  return {
    admin: await signInAs(app, tenant, await buildAdmin(app.db, tenant, [root])),
    learner: await signInAs(app, tenant, await buildLearner(app.db, tenant, [root])),
  };
}

beforeAll(async () => {
  stand = await startPostcodeServer();
  t = await startTestApp({ config: { postcodeLookupUrl: stand.url } });
  ({ admin, learner } = await world(t));
  unset = await startTestApp();
  ({ admin: adminUnset } = await world(unset));
});
afterAll(async () => {
  await t.close();
  await unset.close();
  await stand.stop();
});

describe('GET /postcodes/:postcode over the stand-in service', () => {
  it('says lookup is on, and fills town, county and country from a full postcode', async () => {
    expect((await admin.get('/api/v1/postcode-lookup')).json()).toEqual({
      enabled: true,
      provider: 'postcodes.io',
    });
    const response = await admin.get('/api/v1/postcodes/b987yt');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().items).toEqual([
      {
        label: 'B98 7YT — Headless Cross and Oakenshaw, Redditch',
        postcode: 'B98 7YT',
        town: 'Redditch',
        county: 'Worcestershire',
        country: 'United Kingdom',
      },
    ]);
    expect(stand.requests).toContain('/postcodes/B98%207YT');
  });

  it('answers several places to select from for the first part of a postcode', async () => {
    const response = await admin.get('/api/v1/postcodes/LS1');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().items.map((p: { postcode: string }) => p.postcode)).toEqual([
      'LS1 4AP',
      'LS1 4BR',
    ]);
    expect(response.json().items[0].county).toBe('Yorkshire and The Humber');
  });

  it('is a 404 for a postcode the service does not know, and a 422 for one not like a postcode', async () => {
    const missing = await admin.get('/api/v1/postcodes/ZZ9%209ZZ');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
    const bad = await admin.get('/api/v1/postcodes/LS1%3B%20DROP');
    expect(bad.statusCode).toBe(422);
    expect(Object.keys(bad.json().error.fields)).toEqual(['postcode']);
  });

  it('is refused to learners (403) and the signed out (401)', async () => {
    expect((await learner.get('/api/v1/postcodes/LS1%204AP')).statusCode).toBe(403);
    expect((await learner.get('/api/v1/postcode-lookup')).statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/postcodes/LS1%204AP' });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('when there is no service to ask', () => {
  it('says lookup is off and answers 503 when unset, so the form takes the address by hand', async () => {
    expect((await adminUnset.get('/api/v1/postcode-lookup')).json()).toEqual({
      enabled: false,
      provider: null,
    });
    const response = await adminUnset.get('/api/v1/postcodes/LS1%204AP');
    expect(response.statusCode).toBe(503);
    expect(response.json().error.code).toBe('postcode_lookup_unavailable');
  });

  it('answers 503 when the service is down', async () => {
    const port = await freePort();
    const down = await startTestApp({ config: { postcodeLookupUrl: `http://127.0.0.1:${port}` } });
    try {
      const { admin: downAdmin } = await world(down);
      const response = await downAdmin.get('/api/v1/postcodes/LS1%204AP');
      expect(response.statusCode).toBe(503);
      expect(response.json().error.code).toBe('postcode_lookup_unavailable');
    } finally {
      await down.close();
    }
  });

  it('gives up on a service that does not answer within the timeout', async () => {
    const silent = await stallingProxy(await freePort(), 1000);
    try {
      const lookup = postcodesIo(silent.url.replace('smtp:', 'http:'), { timeoutMs: 200 });
      const started = Date.now();
      await expect(lookup.find('LS1 4AP')).rejects.toBeInstanceOf(PostcodeLookupUnavailable);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      await silent.close();
    }
  });
});
