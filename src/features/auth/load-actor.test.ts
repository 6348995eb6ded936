import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type TestApp } from '../../../test/support/app.js';
import {
  buildAdmin,
  buildGroup,
  buildLearner,
  buildTenant,
  TEST_PASSWORD,
} from '../../../test/support/factories.js';
import { expandSubtrees } from '../../domain/group-tree.js';
import { loadGroups } from '../groups/groups.queries.js';
import { actorFromSession } from './load-actor.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const sessionOf = (cookie: string) => cookie.replace(/^.*roster_session=([^;]+).*$/, '$1');

describe('the actor of a session, in one query', () => {
  it('reaches the granted groups and every level below them, as expandSubtrees does', async () => {
    const tenant = await buildTenant(t.db, { name: 'Deep Training' });
    const root = await buildGroup(t.db, tenant);
    const child = await buildGroup(t.db, tenant, 'Child', root);
    const grandchild = await buildGroup(t.db, tenant, 'Grandchild', child);
    const other = await buildGroup(t.db, tenant);
    const otherChild = await buildGroup(t.db, tenant, 'Other child', other);
    await buildLearner(t.db, tenant, [grandchild]);
    const admin = await buildAdmin(t.db, tenant, [child, other]);
    const client = await signIn(t.app, tenant.slug, admin.email ?? '', TEST_PASSWORD);
    const actor = await actorFromSession(t.db, sessionOf(client.cookie));
    const expected = expandSubtrees(await loadGroups(t.db, tenant.id), [child.id, other.id]);
    expect([...(actor?.accessibleGroupIds ?? [])].sort()).toEqual([...expected].sort());
    expect(actor?.accessibleGroupIds).toEqual(
      new Set([child.id, grandchild.id, other.id, otherChild.id]),
    );
    expect(actor?.tenantName).toBe('Deep Training');
    const who = (await client.get('/api/v1/session')).json();
    expect(who.tenant).toEqual({ slug: tenant.slug, name: 'Deep Training' });
  });

  it('gives support administrators no groups of their own', async () => {
    const tenant = await buildTenant(t.db);
    const root = await buildGroup(t.db, tenant);
    const support = await buildAdmin(t.db, tenant, [root], { role: 'support' });
    const client = await signIn(t.app, tenant.slug, support.email ?? '', TEST_PASSWORD);
    const actor = await actorFromSession(t.db, sessionOf(client.cookie));
    expect(actor?.userId).toBe(support.id);
    expect(actor?.accessibleGroupIds.size).toBe(0);
  });
});
