/**
 * The headers every answer carries: a Content-Security-Policy with scripts from Roster's own
 * origin only, a Permissions-Policy, `Cache-Control: no-store` on API answers, and HSTS when
 * PUBLIC_URL is https (and only then).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startTestApp, type TestApp } from '../support/app.js';
import { buildWorld } from '../support/factories.js';

let plain: TestApp;
let secure: TestApp;

beforeAll(async () => {
  plain = await startTestApp();
  secure = await startTestApp({ config: { publicUrl: 'https://roster.example' } });
});
afterAll(async () => {
  await plain.close();
  await secure.close();
});

describe('security headers', () => {
  it('send a strict script policy, a permissions policy and no-store on API answers', async () => {
    const world = await buildWorld(plain.db);
    const admin = await signInAs(plain, world.tenant, world.admin);
    for (const response of [
      await plain.app.inject({ url: '/api/v1/session' }),
      await admin.get('/api/v1/users'),
      await admin.get('/api/v1/access-codes/export.csv'),
      await plain.app.inject({ url: '/api/v1/nothing-here' }),
    ]) {
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self';");
      expect(csp).not.toMatch(/script-src[^;]*(unsafe|data:|\*)/);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(response.headers['permissions-policy']).toContain('camera=()');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('sends HSTS when PUBLIC_URL is https', async () => {
    const response = await secure.app.inject({ url: '/api/v1/session' });
    expect(response.headers['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });
});
