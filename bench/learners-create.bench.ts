/**
 * Creating learners through the learner write service, one at a time (a transaction each, as
 * Add user does) and as one batch of 10,000 (as an import will), each beside a bare multi-row
 * INSERT of the same rows (one a transaction, and all in one) measured in the same run (`vsBareInsert`: service rows/s over bare
 * rows/s). The bare insert still feeds identity_keys, since the trigger is the database's rule.
 */

import type { Db } from '../src/db/client.js';
import { userGroups, users } from '../src/db/schema.js';
import {
  type LearnerWrite,
  writeLearners,
} from '../src/features/learners/writer/write-learners.js';
import { type BenchTenant, setUpBenchTenant } from './bench-tenant.js';
import { type Bench, timed } from './support.js';

const ONE_BY_ONE = 500;
const BATCH = 10_000;
const CHUNK = 1_000;

type World = BenchTenant;

function learner(world: World, tag: string, i: number): LearnerWrite {
  return {
    mode: 'create',
    status: 'Prospect',
    input: {
      firstName: `First${i}`,
      surname: `Surname${i}`,
      gender: i % 2 ? 'female' : 'male',
      email: `${tag}.${i}@bench.example`,
      mobile: '07700 900123',
      dateOfBirth: '2001-04-12',
      groupIds: world.groups.map((group) => group.id),
    },
  };
}

/** The same rows, straight into the tables: users, then their groups. */
async function bareInsert(db: Db, world: World, tag: string, count: number, start = 0) {
  await db.transaction(async (tx) => {
    for (let at = 0; at < count; at += CHUNK) {
      const rows = await tx
        .insert(users)
        .values(
          Array.from({ length: Math.min(CHUNK, count - at) }, (_, n) => {
            const i = start + at + n;
            const email = `${tag}.${i}@bench.example`;
            return {
              tenantId: world.tenantId,
              type: 'learner' as const,
              username: email,
              email,
              firstName: `First${i}`,
              surname: `Surname${i}`,
              gender: i % 2 ? ('female' as const) : ('male' as const),
              mobile: '07700 900123',
              dateOfBirth: '2001-04-12',
              caseOwnerId: world.actor.userId,
            };
          }),
        )
        .returning({ id: users.id });
      await tx.insert(userGroups).values(
        rows.flatMap((row) =>
          world.groups.map((group) => ({
            tenantId: world.tenantId,
            userId: row.id,
            groupId: group.id,
            rootId: group.rootId,
            exclusive: true,
          })),
        ),
      );
    }
  });
}

function expectAllWritten(results: Awaited<ReturnType<typeof writeLearners>>) {
  const refused = results.find((result) => !result.ok);
  if (refused && !refused.ok)
    throw new Error(`row ${refused.row} refused: ${JSON.stringify(refused.fields)}`);
}

const bench: Bench = {
  name: 'learners-create',
  async run({ db, emit }) {
    const world = await setUpBenchTenant(db);

    // One row a transaction, as one Add user after another.
    const bareOne = await timed(async () => {
      for (let i = 0; i < ONE_BY_ONE; i++) await bareInsert(db, world, 'bare-one', 1, i);
    });
    const oneByOne = await timed(async () => {
      for (let i = 0; i < ONE_BY_ONE; i++)
        expectAllWritten(
          await db.transaction((tx) => writeLearners(tx, world.actor, [learner(world, 'one', i)])),
        );
    });
    emit({ name: 'learners_bare_insert', count: ONE_BY_ONE, ms: bareOne.ms });
    emit({
      name: 'learners_create_one_at_a_time',
      count: ONE_BY_ONE,
      ms: oneByOne.ms,
      vsBareInsert: Math.round((bareOne.ms / oneByOne.ms) * 1000) / 1000,
    });

    const bareBatch = await timed(() => bareInsert(db, world, 'bare-batch', BATCH));
    const batch = await timed(async () =>
      expectAllWritten(
        await db.transaction((tx) =>
          writeLearners(
            tx,
            world.actor,
            Array.from({ length: BATCH }, (_, i) => learner(world, 'batch', i)),
          ),
        ),
      ),
    );
    emit({ name: 'learners_bare_insert', count: BATCH, ms: bareBatch.ms });
    emit({
      name: 'learners_create_batch',
      count: BATCH,
      ms: batch.ms,
      vsBareInsert: Math.round((bareBatch.ms / batch.ms) * 1000) / 1000,
    });
  },
};

export default bench;
