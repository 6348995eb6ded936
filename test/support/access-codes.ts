/** Test helpers for access codes: rows with chosen dates, and public registration calls. */
import type { Db } from '../../src/db/client.js';
import { accessCodes } from '../../src/db/schema.js';
import type { App } from '../../src/server.js';

const DAY = 86_400_000;
let serial = 0;

/** A code string in the stored form, distinct within a test run. */
export function codeString(n = ++serial) {
  const symbols = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
  let text = '';
  for (let value = n, i = 0; i < 10; i++, value = Math.floor(value / symbols.length))
    text += symbols[value % symbols.length];
  return `${text.slice(0, 5)}-${text.slice(5)}`;
}

type NewCode = typeof accessCodes.$inferInsert;

/** Inserts one code row straight into the table (issued now, expiring in 90 days unless told). */
export async function insertAccessCode(
  db: Db,
  base: { tenantId: number; groupId: number },
  overrides: Partial<NewCode> = {},
) {
  const issuedAt = overrides.issuedAt ?? new Date();
  const [row] = await db
    .insert(accessCodes)
    .values({
      code: codeString(),
      issuedAt,
      expiresAt: new Date(issuedAt.getTime() + 90 * DAY),
      ...base,
      ...overrides,
    })
    .returning();
  if (!row) throw new Error('no access code');
  return row;
}

let address = 0;
/** A distinct client address, so that per-address rate limits do not trip unrelated tests. */
export const nextIp = () => {
  address++;
  return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
};

export interface Registration {
  accessCode: string;
  firstName?: string;
  surname?: string;
  email?: string;
  password?: string;
}

/** POSTs a self-registration to the tenant's public endpoint, with no session. */
export function register(
  app: App,
  tenantSlug: string,
  body: Registration | Record<string, unknown>,
  ip = nextIp(),
) {
  const payload = {
    firstName: 'Aoife',
    surname: "O'Brien",
    email: `learner-${++serial}@example.test`,
    password: 'Sunny-meadow-river-7',
    ...body,
  };
  return app.inject({
    method: 'POST',
    url: `/api/v1/public/${tenantSlug}/registrations`,
    payload,
    remoteAddress: ip,
  });
}
