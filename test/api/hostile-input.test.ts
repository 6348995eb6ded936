/**
 * Walks every operation of the OpenAPI document with hostile values in every path parameter,
 * query parameter and JSON body field: a NUL byte, a lone UTF-16 surrogate, ids at and beyond
 * 2^31, dates in year 0 and beyond 9999, a 20 KB string. Nothing may answer 500, and every
 * refusal uses the documented error shape. A new route is walked the day it is added.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs, startTestApp, type TestApp } from '../support/app.js';
import { buildAdmin, buildLearner, buildWorld } from '../support/factories.js';
import {
  type OpenApiDocument,
  requestIntegers,
  type WalkedOperation,
  walkOperations,
  withValue,
} from './openapi-walk.js';

interface Hostile {
  label: string;
  /** The value in a JSON body. */
  json: unknown;
  /** The value percent-encoded for a URL (a lone surrogate has no UTF-8 form of its own). */
  url: string;
  /** Refused wherever it goes; the others may be fine in free text and need only not break. */
  alwaysRefused: boolean;
}

const HOSTILE: Hostile[] = [
  { label: 'NUL byte', json: 'a\u0000b', url: 'a%00b', alwaysRefused: true },
  { label: 'lone surrogate', json: 'a\uD800b', url: 'a%ED%A0%80b', alwaysRefused: true },
  { label: '20 KB string', json: 'x'.repeat(20_480), url: 'x'.repeat(20_480), alwaysRefused: true },
  { label: 'id 2^31', json: 2_147_483_648, url: '2147483648', alwaysRefused: false },
  { label: 'id 2^63', json: 2 ** 63, url: '9223372036854775808', alwaysRefused: false },
  { label: 'negative id', json: -2_147_483_649, url: '-2147483649', alwaysRefused: false },
  { label: 'id as string 2^31', json: '2147483648', url: '2147483648', alwaysRefused: false },
  { label: 'year 0', json: '0000-01-01', url: '0000-01-01', alwaysRefused: false },
  { label: 'year 10000', json: '10000-01-01', url: '10000-01-01', alwaysRefused: false },
  { label: 'year 0 dd/mm', json: '01/01/0000', url: '01%2F01%2F0000', alwaysRefused: false },
];

let t: TestApp;
let admin: Client;
let support: Client;
let doc: OpenApiDocument;
let operations: WalkedOperation[];
let publicRoutes: Set<string>;
const pathValues: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  const world = await buildWorld(t.db);
  const learner = await buildLearner(t.db, world.tenant, [world.right]);
  pathValues.id = String(learner.id);
  pathValues.tenant = world.tenant.slug;
  admin = await signInAs(t, world.tenant, world.admin);
  const supportUser = await buildAdmin(t.db, world.tenant, [world.root], { role: 'support' });
  support = await signInAs(t, world.tenant, supportUser);
  doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
  operations = walkOperations(doc);
  publicRoutes = new Set(
    t.app.registeredRoutes.filter((r) => r.access === 'public').map((r) => `${r.method} ${r.url}`),
  );
});
afterAll(() => t.close());

const routeKey = (op: WalkedOperation) => `${op.method} ${op.path.replace(/\{(\w+)\}/g, ':$1')}`;

const fillPath = (op: WalkedOperation, hostile?: { name: string; value: string }) =>
  op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    hostile?.name === name ? hostile.value : (pathValues[name] ?? 'x'),
  );

interface Probe {
  what: string;
  url: string;
  body: unknown;
  hostile: Hostile;
}

function probesOf(op: WalkedOperation): Probe[] {
  const probes: Probe[] = [];
  for (const hostile of HOSTILE) {
    for (const name of op.pathParams)
      probes.push({
        what: `path ${name}`,
        url: fillPath(op, { name, value: hostile.url }),
        body: op.body,
        hostile,
      });
    for (const name of op.queryParams)
      probes.push({
        what: `query ${name}`,
        url: `${fillPath(op)}?${name}=${hostile.url}`,
        body: op.body,
        hostile,
      });
    for (const field of op.bodyFields)
      probes.push({
        what: `body ${field.join('.')}`,
        url: fillPath(op),
        body: withValue(op.body, field, hostile.json),
        hostile,
      });
  }
  return probes;
}

type Send = (method: string, url: string, body: unknown) => ReturnType<Client['request']>;

async function walk(ops: WalkedOperation[], send: Send) {
  const failures: string[] = [];
  let sent = 0;
  for (const op of ops)
    for (const probe of probesOf(op)) {
      const response = await send(op.method, probe.url, probe.body);
      sent++;
      const where = `${op.method} ${op.path} ${probe.what} = ${probe.hostile.label}: ${response.statusCode}`;
      if (response.statusCode >= 500) failures.push(`${where} ${response.body.slice(0, 200)}`);
      else if (probe.hostile.alwaysRefused && response.statusCode < 400) failures.push(where);
      else if (response.statusCode >= 400) {
        const error = response.json().error;
        const shaped =
          typeof error?.code === 'string' &&
          typeof error.message === 'string' &&
          error.fields !== null &&
          typeof error.fields === 'object';
        if (!shaped) failures.push(`${where} not the error shape: ${response.body.slice(0, 200)}`);
      }
    }
  return { failures, sent };
}

describe('hostile input, every route of the OpenAPI document', () => {
  it('walks a real document', () => {
    expect(operations.length).toBeGreaterThan(30);
    expect(operations.some((op) => op.bodyFields.length > 20)).toBe(true);
  });

  it('bounds every integer a request takes to a PostgreSQL integer', () => {
    const unbounded = requestIntegers(doc).filter(
      (found) => found.maximum === undefined || found.maximum > 2_147_483_647,
    );
    expect(unbounded.map((found) => found.where)).toEqual([]);
  });

  it('never answers 500 to a full-access administrator, and refuses in the error shape', async () => {
    const { failures, sent } = await walk(operations, (method, url, body) =>
      admin.request(method as 'GET', url, body),
    );
    expect(sent).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
  }, 300_000);

  it('never answers 500 to platform support (tenant settings), and refuses in the error shape', async () => {
    const { failures } = await walk(operations, (method, url, body) =>
      support.request(method as 'GET', url, body),
    );
    expect(failures).toEqual([]);
  }, 300_000);

  it('never answers 500 on public routes without signing in', async () => {
    const open = operations.filter((op) => publicRoutes.has(routeKey(op)));
    expect(open.map(routeKey)).toEqual(
      expect.arrayContaining(['POST /api/v1/session', 'GET /api/v1/public/:tenant']),
    );
    const { failures } = await walk(open, (method, url, body) =>
      t.app.inject({ method: method as 'GET', url, payload: body as object }),
    );
    expect(failures).toEqual([]);
  }, 120_000);
});
