/**
 * Issue 8 item 7: password spraying — one address trying many usernames is limited across
 * them all; behind a reverse proxy (TRUST_PROXY) the forwarded client address is the one
 * counted, and without it a forged X-Forwarded-For changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { buildTenant } from '../../../test/support/factories.js';
import { readTrustProxy } from '../../platform/config.js';
import { SIGN_INS_PER_ADDRESS } from './sign-in-attempt.js';

let direct: TestApp;
let proxied: TestApp;
let tenant: string;
beforeAll(async () => {
  direct = await startTestApp();
  proxied = await startTestApp({ config: { trustProxy: '192.0.2.1' } });
  tenant = (await buildTenant(direct.db)).slug;
});
afterAll(async () => {
  await direct.close();
  await proxied.close();
});

const attempt = (t: TestApp, n: number, ip: string, forwardedFor?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/session',
    payload: { tenant, username: `sprayed-${n}@example.test`, password: 'Summer2026!' },
    remoteAddress: ip,
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });

describe('password spraying', () => {
  it('limits 40 usernames from one address (429 after the limit), not other addresses', async () => {
    const statuses: number[] = [];
    for (let n = 0; n < 40; n++)
      statuses.push((await attempt(direct, n, '198.51.100.7')).statusCode);
    expect(statuses.slice(0, SIGN_INS_PER_ADDRESS)).toEqual(Array(SIGN_INS_PER_ADDRESS).fill(401));
    expect(statuses.slice(SIGN_INS_PER_ADDRESS)).toEqual(
      Array(40 - SIGN_INS_PER_ADDRESS).fill(429),
    );
    const limited = await attempt(direct, 41, '198.51.100.7');
    expect(limited.json().error).toMatchObject({ code: 'rate_limited', fields: {} });
    expect(limited.headers['retry-after']).toBeTruthy();
    expect((await attempt(direct, 42, '198.51.100.8')).statusCode).toBe(401);
  });

  it('ignores a forged X-Forwarded-For when TRUST_PROXY is off', async () => {
    const statuses: number[] = [];
    for (let n = 0; n < SIGN_INS_PER_ADDRESS + 2; n++)
      statuses.push((await attempt(direct, n, '198.51.100.9', `203.0.113.${n}`)).statusCode);
    expect(statuses.at(-1)).toBe(429);
  });

  it('counts the forwarded client address behind a trusted proxy', async () => {
    const statuses: number[] = [];
    for (let n = 0; n < SIGN_INS_PER_ADDRESS + 5; n++)
      statuses.push((await attempt(proxied, n, '192.0.2.1', `203.0.113.${n % 2}`)).statusCode);
    expect(statuses.every((s) => s === 401)).toBe(true);
    for (let n = 0; n < SIGN_INS_PER_ADDRESS; n++)
      await attempt(proxied, n, '192.0.2.1', '203.0.113.9');
    expect((await attempt(proxied, 99, '192.0.2.1', '203.0.113.9')).statusCode).toBe(429);
  });
});

describe('TRUST_PROXY', () => {
  it('is off unless set, and reads true, hop counts and address lists', () => {
    expect(readTrustProxy(undefined)).toBe(false);
    expect(readTrustProxy('')).toBe(false);
    expect(readTrustProxy('false')).toBe(false);
    expect(readTrustProxy('0')).toBe(false);
    expect(readTrustProxy('true')).toBe(true);
    expect(readTrustProxy('10.0.0.0/8, 127.0.0.1')).toBe('10.0.0.0/8, 127.0.0.1');
    const twoHops = readTrustProxy('2');
    expect(
      typeof twoHops === 'function' && [twoHops('x', 0), twoHops('x', 1), twoHops('x', 2)],
    ).toEqual([true, true, false]);
  });
});
