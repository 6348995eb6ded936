/**
 * The log of a failing request carries no password, password hash, email, name, cookie, session
 * id, CSRF token or API key. A trigger makes inserting a user fail inside PostgreSQL, so the
 * registration answers 500 with Drizzle's error in hand: its message lists every SQL parameter
 * (the argon2id hash, the email, the names), and none of it may reach the log.
 */
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions, redactUrl, serializeError } from '../../src/platform/logger.js';
import { insertAccessCode, register } from '../support/access-codes.js';
import { type Client, signInAs, startTestApp, type TestApp } from '../support/app.js';
import { buildAdmin, buildGroup, buildTenant } from '../support/factories.js';

const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(chunk.toString());
    done();
  },
});

let t: TestApp;
let admin: Client;
let tenantSlug = '';
let accessCode = '';

beforeAll(async () => {
  t = await startTestApp({ logger: { ...loggerOptions(sink), level: 'info' } });
  const tenant = await buildTenant(t.db);
  tenantSlug = tenant.slug;
  const group = await buildGroup(t.db, tenant, 'College');
  accessCode = (await insertAccessCode(t.db, { tenantId: tenant.id, groupId: group.id })).code;
  admin = await signInAs(t, tenant, await buildAdmin(t.db, tenant, [group]));
  await t.db.execute(sql`
    CREATE FUNCTION refuse_learner() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.first_name = 'Marguerite' THEN
        RAISE EXCEPTION 'refused for the test: "%"', NEW.email USING ERRCODE = 'XX001';
      END IF;
      RETURN NEW;
    END $$`);
  await t.db.execute(sql`
    CREATE TRIGGER refuse_learner BEFORE INSERT ON users
    FOR EACH ROW EXECUTE FUNCTION refuse_learner()`);
});
afterAll(() => t.close());

const SECRETS = {
  password: 'Plum-orchard-lantern-93',
  email: 'marguerite.fairweather@example.test',
  surname: 'Fairweather',
};

describe('secrets in logs', () => {
  it('a 500 while registering logs the failure without the hash, password, email or names', async () => {
    const response = await register(t.app, tenantSlug, {
      accessCode,
      firstName: 'Marguerite',
      surname: SECRETS.surname,
      email: SECRETS.email,
      password: SECRETS.password,
    });
    expect(response.statusCode).toBe(500);
    const log = lines.join('');
    expect(log).toContain('unhandled error');
    expect(log).toContain('XX001');
    for (const secret of [...Object.values(SECRETS), '$argon2id$', 'params'])
      expect(log, secret).not.toContain(secret);
  });

  it('logs no cookie, session id, CSRF token, API key or searched email', async () => {
    const key = (await admin.request('POST', '/api/v1/api-keys', { name: 'log' })).json().key;
    await admin.get(`/api/v1/users?q=${encodeURIComponent(SECRETS.email)}&page=1`);
    await t.app.inject({ url: '/api/v1/users', headers: { authorization: `Bearer ${key}` } });
    const log = lines.join('');
    expect(log).toContain('/api/v1/users?q=[redacted]&page=[redacted]');
    const sessionId = admin.cookie.split('=')[1] ?? '';
    for (const secret of [sessionId, admin.csrfToken, key, SECRETS.email, 'marguerite'])
      expect(log, secret).not.toContain(secret);
  });

  it('serialises a database error to its type, code and parameterised SQL', () => {
    const cause = Object.assign(new Error('invalid input syntax for type integer: "jo@x.test"'), {
      code: '22P02',
      detail: 'Key (email)=(jo@x.test) already exists.',
    });
    const failed = Object.assign(
      new Error('Failed query: select 1 where email = $1\nparams: jo@x.test', { cause }),
      { query: 'select 1 where email = $1', params: ['jo@x.test'] },
    );
    const safe = JSON.stringify(serializeError(failed));
    expect(safe).toContain('select 1 where email = $1');
    expect(safe).toContain('22P02');
    expect(safe).not.toContain('jo@x.test');
    expect(redactUrl('/reset-password?token=abc')).toBe('/reset-password?token=[redacted]');
  });
});
