/**
 * The learner write service over a batch: one result a row with reasons by field, duplicates
 * within the batch caught, programme numbering across rows, and a cost in queries that does
 * not grow with the number of rows.
 */
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminActor } from '../../../../test/support/actor.js';
import { startTestApp, type TestApp } from '../../../../test/support/app.js';
import { buildLearnerWorld, type LearnerWorld } from '../../../../test/support/learner-world.js';
import type { Db } from '../../../db/client.js';
import { userGroups, users } from '../../../db/schema.js';
import type { Actor } from '../../../platform/actor.js';
import { stateOf } from '../rules/context.js';
import { checkLearners, type LearnerWrite, writeLearners } from './write-learners.js';

let t: TestApp;
let w: LearnerWorld;
let actor: Actor;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildLearnerWorld(t.db);
  actor = await adminActor(t.db, w.tenant, w.admins.admin);
});
afterAll(() => t.close());

const row = (email: string, extra: Partial<LearnerWrite['input']> = {}): LearnerWrite => ({
  mode: 'create',
  status: 'Prospect',
  input: {
    firstName: 'Bat',
    surname: 'Ch',
    gender: 'male',
    email,
    groupIds: [w.groups.left.id],
    ...extra,
  },
});

/** Counts the statements a write starts, by wrapping the transaction's query builders. */
function counting(tx: Db) {
  const counter = { statements: 0 };
  const counted = new Set(['select', 'selectDistinct', 'insert', 'update', 'delete', 'execute']);
  const proxy = new Proxy(tx, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof key !== 'string' || !counted.has(key) || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        counter.statements++;
        return value.apply(target, args);
      };
    },
  });
  return { proxy, counter };
}

describe('writeLearners', () => {
  it('answers each row by number: written, refused with its fields, or a duplicate of an earlier row', async () => {
    const results = await t.db.transaction((tx) =>
      writeLearners(tx, actor, [
        row('one@batch.test', { programmeId: w.programmes.software.id }),
        row('ONE@batch.test'),
        row('not-an-email', { firstName: '' }),
        row('two@batch.test', { programmeId: w.programmes.software.id }),
      ]),
    );
    expect(results.map((r) => [r.row, r.ok])).toEqual([
      [1, true],
      [2, false],
      [3, false],
      [4, true],
    ]);
    const [, duplicate, invalid] = results;
    expect(duplicate?.ok === false && duplicate.fields.email).toMatch(/row 1 of this batch/);
    expect(invalid?.ok === false && Object.keys(invalid.fields).sort()).toEqual([
      'email',
      'firstName',
    ]);
    const written = results.flatMap((r) => (r.ok && r.user ? [r.user] : []));
    // One template numbers the batch on from the highest used: consecutive, never twice.
    const [first, second] = written.map((user) => user.referenceNumber);
    expect(first).toMatch(/^SD-\d{5}$/);
    expect(Number(second?.slice(3))).toBe(Number(first?.slice(3)) + 1);
    const links = await t.db
      .select()
      .from(userGroups)
      .where(
        inArray(
          userGroups.userId,
          written.map((user) => user.id),
        ),
      );
    expect(links.map((link) => link.groupId)).toEqual([w.groups.left.id, w.groups.left.id]);
    const [stored] = await t.db.select().from(users).where(eq(users.email, 'one@batch.test'));
    expect(stored?.caseOwnerId).toBe(w.admins.admin.id);
  });

  it('costs the same number of statements for 2 rows as for 300', async () => {
    const statementsFor = async (count: number, tag: string) =>
      t.db.transaction(async (tx) => {
        const { proxy, counter } = counting(tx);
        const results = await writeLearners(
          proxy,
          actor,
          Array.from({ length: count }, (_, i) =>
            row(`${tag}${i}@batch.test`, {
              employerId: w.orgs.acme.id,
              managerId: w.employers.acmeLeft.id,
            }),
          ),
        );
        expect(results.every((result) => result.ok)).toBe(true);
        return counter.statements;
      });
    const few = await statementsFor(2, 'few');
    const many = await statementsFor(300, 'many');
    expect(many).toBe(few);
    expect(few).toBeLessThan(20);
  });

  it('checks without writing (the dry run): same verdicts, updates that change nothing told apart', async () => {
    const stored = await t.db.transaction(async (tx) => {
      const [saved] = await writeLearners(tx, actor, [row('dry.stored@batch.test')]);
      if (!saved?.ok || !saved.user) throw new Error('not saved');
      return saved.user;
    });
    const current = stateOf(stored, [w.groups.left.id]);
    const update = (input: LearnerWrite['input']): LearnerWrite => ({
      mode: 'update',
      userId: stored.id,
      version: stored.version,
      status: stored.subscriptionStatus,
      current,
      input,
    });
    const results = await t.db.transaction((tx) =>
      checkLearners(tx, actor, [
        row('dry.new@batch.test'),
        row('DRY.NEW@batch.test'),
        row('dry.bad', { firstName: '' }),
        update({ firstName: stored.firstName }),
        update({ mobile: '07700 900123' }),
      ]),
    );
    expect(
      results.map((r) => (r.ok ? ['ok', r.changed] : ['refused', Object.keys(r.fields).sort()])),
    ).toEqual([
      ['ok', true],
      ['refused', ['email']],
      ['refused', ['email', 'firstName']],
      ['ok', false],
      ['ok', true],
    ]);
    const written = await t.db
      .select()
      .from(users)
      .where(inArray(users.email, ['dry.new@batch.test']));
    expect(written).toEqual([]);
    const [same] = await t.db.select().from(users).where(eq(users.id, stored.id));
    expect(same?.mobile).toBeNull();
  });

  it('asks a form for the gender of a new learner, an import not (its mandatory columns leave it out)', async () => {
    const noGender = (fromFile: boolean): LearnerWrite => ({
      mode: 'create',
      status: 'Prospect',
      fromFile,
      input: {
        firstName: 'No',
        surname: 'Gender',
        email: `g.${fromFile}@batch.test`,
        groupIds: [w.groups.left.id],
      },
    });
    const [form, imported] = await t.db.transaction((tx) =>
      checkLearners(tx, actor, [noGender(false), noGender(true)]),
    );
    expect(form?.ok === false && form.fields.gender).toBeTruthy();
    expect(imported?.ok).toBe(true);
  });
});
