import { count } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  adminGroupAccess,
  organisationAddresses,
  organisations,
  programmeGroups,
  programmes,
  tenants,
  userGroups,
  users,
} from '../../db/schema.js';
import { hashPassword } from '../../platform/passwords.js';
import { newSecret } from '../../platform/tokens.js';
import { followLearningProvider } from '../funding/episode-ukprn.js';
import { createGroup } from '../groups/create-group.js';
import { FIRST_NAMES, SURNAMES } from './names.js';
import { seedDemoAccessCodes } from './seed-access-codes.js';
import { seedDemoEmployerLinks } from './seed-employer-links.js';
import { ACCESS_AFTER_COMPLETION_DAYS, seedDemoLearners } from './seed-learners.js';

export async function isDatabaseEmpty(db: Db) {
  const [row] = await db.select({ n: count() }).from(tenants);
  return (row?.n ?? 0) === 0;
}

type Tx = Db;

async function seedGroups(tx: Tx, tenantId: number) {
  const college = await createGroup(tx, tenantId, 'Northgate College');
  const arts = await createGroup(tx, tenantId, 'Department of Arts', college.id);
  const maths = await createGroup(tx, tenantId, 'Department of Maths', college.id);
  const evening = await createGroup(tx, tenantId, 'Evening Classes', maths.id);
  const apprentices = await createGroup(tx, tenantId, 'Northgate Apprenticeships');
  const digital = await createGroup(tx, tenantId, 'Digital Apprentices', apprentices.id);
  const care = await createGroup(tx, tenantId, 'Care Apprentices', apprentices.id);
  return {
    roots: [college, apprentices],
    college: [arts, maths, evening],
    apprenticeships: [digital, care],
  };
}

/** Seeds the demo tenant and returns the password every demo account signs in with. */
export async function seedDemo(db: Db, demoPassword?: string) {
  const password = demoPassword ?? newSecret(12);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [tenant] = await tx
      .insert(tenants)
      .values({
        slug: 'demo',
        name: 'Northgate Training (demo)',
        accessCodeLimit: 5000,
        accessAfterCompletionDays: ACCESS_AFTER_COMPLETION_DAYS,
      })
      .returning();
    if (!tenant) throw new Error('tenant insert failed');
    const tenantId = tenant.id;
    const tree = await seedGroups(tx, tenantId);
    const allLeaves = [...tree.college, ...tree.apprenticeships];

    const [own, training, acme, brightcare, referrer] = await tx
      .insert(organisations)
      .values([
        { tenantId, name: 'Northgate Training', type: 'own', ukprn: '10001234' },
        { tenantId, name: 'Riverside Skills Partnership', type: 'training', ukprn: '10005678' },
        { tenantId, name: 'Acme Digital Ltd', type: 'employer' },
        { tenantId, name: 'BrightCare Homes', type: 'employer' },
        { tenantId, name: 'Jobcentre Plus Leeds', type: 'referrer' },
      ])
      .returning();
    if (!own || !training || !acme || !brightcare || !referrer)
      throw new Error('organisations insert failed');
    await tx.insert(organisationAddresses).values([
      {
        tenantId,
        organisationId: acme.id,
        postcode: 'LS1 4AP',
        line1: '1 Park Row',
        town: 'Leeds',
        country: 'United Kingdom',
      },
      {
        tenantId,
        organisationId: brightcare.id,
        postcode: 'M1 1AE',
        line1: '20 Piccadilly',
        town: 'Manchester',
        country: 'United Kingdom',
      },
    ]);

    const progs = await tx
      .insert(programmes)
      .values([
        { tenantId, name: 'Eligibility check', type: 'application' },
        {
          tenantId,
          name: 'Software Developer L4',
          type: 'delivery',
          referencePrefix: 'SD-',
          referenceDigits: 5,
        },
        {
          tenantId,
          name: 'Adult Care Worker L2',
          type: 'delivery',
          referencePrefix: 'AC-',
          referenceDigits: 5,
          advicePacks: ['standard', 'professional'],
          defaultAdvicePack: 'standard',
          customFields: [
            {
              key: 'care-setting',
              label: 'Care setting',
              kind: 'choice',
              options: ['Residential', 'Domiciliary', 'Hospital'],
              mandatory: false,
            },
            {
              key: 'dbs-check-date',
              label: 'DBS check date',
              kind: 'date',
              options: [],
              mandatory: false,
            },
          ],
        },
        { tenantId, name: 'Functional Skills Maths', type: 'delivery' },
      ])
      .returning();
    const offer = (programmeIndex: number, groupIds: number[]) =>
      groupIds.map((groupId) => ({
        tenantId,
        programmeId: progs[programmeIndex]?.id ?? 0,
        groupId,
      }));
    await tx.insert(programmeGroups).values([
      ...offer(
        0,
        allLeaves.map((group) => group.id),
      ),
      ...offer(1, [tree.apprenticeships[0]?.id ?? 0]),
      ...offer(2, [tree.apprenticeships[1]?.id ?? 0]),
      ...offer(
        3,
        tree.college.map((group) => group.id),
      ),
    ]);

    const staff = await tx
      .insert(users)
      .values([
        {
          tenantId,
          type: 'admin',
          adminRole: 'standard',
          username: 'admin@demo.example',
          email: 'admin@demo.example',
          firstName: 'Ada',
          surname: 'Admin',
          subscriptionStatus: 'FullUser',
          passwordHash,
        },
        {
          tenantId,
          type: 'admin',
          adminRole: 'support',
          username: 'support@demo.example',
          email: 'support@demo.example',
          firstName: 'Sam',
          surname: 'Support',
          subscriptionStatus: 'FullUser',
          passwordHash,
        },
        {
          tenantId,
          type: 'admin',
          adminRole: 'standard',
          username: 'arts.tutor@demo.example',
          email: 'arts.tutor@demo.example',
          firstName: 'Imogen',
          surname: "O'Neill",
          subscriptionStatus: 'FullUser',
          passwordHash,
        },
      ])
      .returning();
    const [admin, , artsTutor] = staff;
    if (!admin || !artsTutor) throw new Error('staff insert failed');
    await tx
      .insert(adminGroupAccess)
      .values([
        ...tree.roots.map((root) => ({ tenantId, adminId: admin.id, groupId: root.id })),
        { tenantId, adminId: artsTutor.id, groupId: tree.college[0]?.id ?? 0 },
      ]);
    await tx.insert(userGroups).values([
      ...tree.roots.map((root) => ({
        tenantId,
        userId: admin.id,
        groupId: root.id,
        rootId: root.id,
        exclusive: false,
      })),
      {
        tenantId,
        userId: artsTutor.id,
        groupId: tree.college[0]?.id ?? 0,
        rootId: tree.roots[0]?.id ?? 0,
        exclusive: false,
      },
    ]);

    const employers = await tx
      .insert(users)
      .values(
        [acme, acme, brightcare, brightcare].map((org, index) => ({
          tenantId,
          type: 'employer' as const,
          username: `employer${index + 1}@demo.example`,
          email: `employer${index + 1}@demo.example`,
          firstName: FIRST_NAMES[index + 40] ?? 'Erin',
          surname: SURNAMES[index + 40] ?? 'Employer',
          title: 'Ms',
          mobile: `07700 900${String(100 + index)}`,
          employerId: org.id,
          subscriptionStatus: 'FullUser' as const,
          passwordHash,
          // The last sees every learner of Care Apprentices (the View all role).
          employerRoles: index === 3 ? ['manager', 'view_all_in_groups'] : ['manager'],
        })),
      )
      .returning();
    await tx.insert(userGroups).values(
      employers.map((employer, index) => {
        const group = tree.apprenticeships[index < 2 ? 0 : 1];
        return {
          tenantId,
          userId: employer.id,
          groupId: group?.id ?? 0,
          rootId: group?.rootId ?? 0,
          exclusive: false,
        };
      }),
    );

    const learners = await seedDemoLearners(tx, {
      tenantId,
      passwordHash,
      caseOwnerId: admin.id,
      learningProviderId: own.id,
      employerIds: [acme.id, brightcare.id],
      programmeIds: progs.map((programme) => programme.id),
      college: tree.college,
      apprenticeships: tree.apprenticeships,
    });
    // Their open funding episodes carry the provider's UKPRN, as a change of provider makes them.
    await followLearningProvider(
      tx,
      tenantId,
      learners.map((learner) => learner.id),
    );
    const [first, second, third, fourth] = employers.map((employer) => employer.id);
    if (!first || !second || !third || !fourth) throw new Error('employer insert failed');
    await seedDemoEmployerLinks(tx, {
      learners,
      acme: [first, second],
      brightcare: [third, fourth],
    });
    await seedDemoAccessCodes(tx, {
      tenantId,
      admin,
      groupIds: tree.apprenticeships.map((group) => group.id),
      // Learners of Digital Apprentices (every fourth) who are full users registered with a code.
      registered: learners
        .filter((learner) => learner.index % 4 === 0 && learner.status === 'FullUser')
        .slice(0, 6)
        .map((learner) => ({
          userId: learner.id,
          email: learner.email,
          groupId: tree.apprenticeships[0]?.id ?? 0,
        })),
    });
  });
  return password;
}
