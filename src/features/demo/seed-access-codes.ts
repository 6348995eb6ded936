/** Demo access codes: some waiting to be used, some used by demo learners, some expired. */
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { accessCodes, tenants } from '../../db/schema.js';
import { generateAccessCode } from '../../domain/access-code.js';

const DAY = 86_400_000;

interface DemoCodesInput {
  tenantId: number;
  admin: { id: number; email: string | null };
  /** Where unused and expired codes go. */
  groupIds: number[];
  /** Learners who registered with a code of their own group. */
  registered: { userId: number; email: string; groupId: number }[];
}

export async function seedDemoAccessCodes(tx: Db, input: DemoCodesInput) {
  const now = Date.now();
  const base = {
    tenantId: input.tenantId,
    creatorId: input.admin.id,
    creatorEmail: input.admin.email,
  };
  const code = () => generateAccessCode((n) => randomBytes(n));
  const rows: (typeof accessCodes.$inferInsert)[] = [];
  input.groupIds.forEach((groupId, index) => {
    for (let i = 0; i < 12; i++)
      rows.push({
        ...base,
        code: code(),
        groupId,
        description: index ? 'Open evening' : 'Spring intake',
        issuedAt: new Date(now - (5 + i) * DAY),
        expiresAt: new Date(now + (85 - i) * DAY),
      });
    for (let i = 0; i < 4; i++)
      rows.push({
        ...base,
        code: code(),
        groupId,
        description: 'Last year',
        issuedAt: new Date(now - 130 * DAY),
        expiresAt: new Date(now - 40 * DAY),
      });
  });
  input.registered.forEach((learner, i) => {
    rows.push({
      ...base,
      code: code(),
      groupId: learner.groupId,
      description: 'Spring intake',
      issuedAt: new Date(now - (30 + i) * DAY),
      expiresAt: new Date(now + (60 - i) * DAY),
      activatedAt: new Date(now - (20 + i) * DAY),
      registeredUserId: learner.userId,
      registeredEmail: learner.email,
    });
  });
  await tx.insert(accessCodes).values(rows);
  await tx
    .update(tenants)
    .set({ accessCodesIssued: sql`${tenants.accessCodesIssued} + ${rows.length}` })
    .where(eq(tenants.id, input.tenantId));
}
