/**
 * The Users grid at 100,000 learners: the first page, a status filter, a name search, a group
 * filter and an email sort, through the same use case the API calls.
 */
import { sql } from 'drizzle-orm';
import { adminGroupAccess, tenants, userGroups, users } from '../src/db/schema.js';
import { SUBSCRIPTION_STATUSES } from '../src/domain/subscription.js';
import { createGroup } from '../src/features/groups/create-group.js';
import { listUsers } from '../src/features/users/list-users.js';
import { ZListUsersQuery } from '../src/features/users/users.schema.js';
import type { AdminActor } from '../src/platform/actor.js';
import { type Bench, median, timed } from './support.js';

const TOTAL = 100_000;
const CHUNK = 1_000;

const bench: Bench = {
  name: 'users_list',
  async run({ db, emit }) {
    const [tenant] = await db
      .insert(tenants)
      .values({ slug: 'bench', name: 'Bench Training' })
      .returning();
    if (!tenant) throw new Error('no tenant');
    const root = await createGroup(db, tenant.id, 'College');
    const campuses: Awaited<ReturnType<typeof createGroup>>[] = [];
    for (let c = 0; c < 20; c++)
      campuses.push(await createGroup(db, tenant.id, `Campus ${c}`, root.id));
    const [admin] = await db
      .insert(users)
      .values({
        tenantId: tenant.id,
        type: 'admin',
        adminRole: 'standard',
        email: 'bench@example.test',
        firstName: 'Bench',
        surname: 'Admin',
        subscriptionStatus: 'FullUser',
      })
      .returning();
    if (!admin) throw new Error('no admin');
    await db
      .insert(adminGroupAccess)
      .values({ tenantId: tenant.id, adminId: admin.id, groupId: root.id });

    const seeded = await timed(async () => {
      for (let start = 0; start < TOTAL; start += CHUNK) {
        const rows = Array.from({ length: CHUNK }, (_, i) => {
          const n = start + i;
          return {
            tenantId: tenant.id,
            type: 'learner' as const,
            email: `learner${n}@bench.example`,
            username: `learner${n}@bench.example`,
            firstName: `First${n % 997}`,
            surname: `Surname${n % 4999}`,
            subscriptionStatus:
              SUBSCRIPTION_STATUSES[n % SUBSCRIPTION_STATUSES.length] ?? 'Prospect',
          };
        });
        const inserted = await db.insert(users).values(rows).returning({ id: users.id });
        await db.insert(userGroups).values(
          inserted.map((row, i) => {
            const campus = campuses[(start + i) % campuses.length] ?? root;
            return {
              tenantId: tenant.id,
              userId: row.id,
              groupId: campus.id,
              rootId: root.id,
              exclusive: true,
            };
          }),
        );
      }
    });
    emit({ name: 'users_seed_insert', count: TOTAL, ms: seeded.ms });
    // Fresh statistics, as autovacuum would give a real database after a bulk load.
    await db.execute(sql`analyze`);

    const actor: AdminActor = {
      tenantId: tenant.id,
      tenantSlug: tenant.slug,
      userId: admin.id,
      type: 'admin',
      adminRole: 'standard',
      email: admin.email,
      firstName: 'Bench',
      surname: 'Admin',
      accessibleGroupIds: new Set([root.id, ...campuses.map((c) => c.id)]),
      via: 'session',
      csrfToken: null,
    };
    const cases: [string, Record<string, unknown>][] = [
      ['users_list_first_page', {}],
      ['users_list_status_filter', { status: 'Invited' }],
      ['users_list_name_search', { q: 'surname4321' }],
      ['users_list_group_filter', { groupId: [campuses[3]?.id ?? root.id] }],
      ['users_list_sort_email_page_500', { sort: 'email', page: 500 }],
    ];
    for (const [name, query] of cases) {
      const parsed = ZListUsersQuery.parse(query);
      const ms = await median(5, () => listUsers(db, actor, parsed));
      emit({ name, count: 1, ms, rows: TOTAL });
    }
  },
};

export default bench;
