import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startTestApp, type TestApp } from '../../../test/support/app.js';
import { buildAdmin, buildGroup, buildWorld } from '../../../test/support/factories.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  t = await startTestApp();
  world = await buildWorld(t.db);
});
afterAll(() => t.close());

describe('GET /groups', () => {
  it('returns whole hierarchies with "Name (id)" labels, marking what the caller can choose', async () => {
    const hidden = await buildGroup(t.db, world.tenant, 'Hidden root');
    const client = await signInAs(t, world.tenant, world.leftAdmin);
    const trees = (await client.get('/api/v1/groups')).json();
    expect(trees).toHaveLength(1);
    expect(trees[0]).toMatchObject({
      id: world.root.id,
      label: `Root A (${world.root.id})`,
      accessible: false,
    });
    const children = trees[0].children.map((c: { name: string; accessible: boolean }) => [
      c.name,
      c.accessible,
    ]);
    expect(children).toEqual([
      ['Left', true],
      ['Right', false],
    ]);
    expect(JSON.stringify(trees)).not.toContain(`"id":${hidden.id},`);
  });

  it('gives an administrator without any group access an empty list', async () => {
    const lonely = await buildAdmin(t.db, world.tenant, []);
    const client = await signInAs(t, world.tenant, lonely);
    expect((await client.get('/api/v1/groups')).json()).toEqual([]);
  });
});
