/**
 * The demo's employer side (the FAQ's manager questions): some apprentices get a manager and a
 * mentor among the demo employer users of their employer, who share their group, so a demo
 * employer signs in and sees "Managed by me" filled. Each link is one the Edit User form
 * accepts (a candidate of the learner's employer sharing a group with them).
 */
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema.js';

interface LinkSeed {
  /** The seeded learners, with their place in the seed. */
  learners: { id: number; index: number; status: string | undefined }[];
  /** The employer users of Acme (Digital Apprentices), then BrightCare (Care Apprentices). */
  acme: [number, number];
  brightcare: [number, number];
}

/** How many apprentices of each employer get a manager. */
const MANAGED = 10;

/** Sets the manager (and for every other one a mentor) of the first apprentices of each employer. */
export async function seedDemoEmployerLinks(tx: Db, seed: LinkSeed) {
  const live = seed.learners.filter((learner) => learner.status !== 'Archived');
  // The learner seed puts every fourth learner at Acme, every fourth from the third at BrightCare.
  const acme = live.filter((learner) => learner.index % 4 === 0).slice(0, MANAGED);
  const brightcare = live.filter((learner) => learner.index % 4 === 2).slice(0, MANAGED);
  const link = async (ids: number[], values: { managerId: number; mentorId?: number }) => {
    if (ids.length) await tx.update(users).set(values).where(inArray(users.id, ids));
  };
  const [acmeManager, acmeMentor] = seed.acme;
  const [careManager] = seed.brightcare;
  const everyOther = (list: { id: number }[], odd: boolean) =>
    list.filter((_, index) => index % 2 === (odd ? 1 : 0)).map((learner) => learner.id);
  await link(everyOther(acme, false), { managerId: acmeManager, mentorId: acmeMentor });
  await link(everyOther(acme, true), { managerId: acmeManager });
  await link(
    brightcare.map((learner) => learner.id),
    { managerId: careManager },
  );
}
