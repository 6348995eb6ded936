/**
 * `npm run tenant -- create --slug acme --name "Acme Training" --admin admin@acme.example
 * [--first-name Ada --surname Lovelace]` creates a tenant and its first administrator, invited
 * by email, as platform support does on the Tenants page (the same use case). Without SMTP_URL
 * the email waits in the outbox, so the activation link is printed for the operator to pass on.
 * `npm run tenant -- list` lists the tenants. On the embedded database, stop `npm start` first:
 * its data directory admits one process.
 */
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../db/client.js';
import { outbox, tenants } from '../db/schema.js';
import { activationLinkIn } from '../features/invitations/activation-email.js';
import { createTenant } from '../features/tenants/create-tenant.js';
import { ZCreateTenantRequest } from '../features/tenants/tenants.schema.js';
import { readConfig } from '../platform/config.js';
import { AppError } from '../platform/errors.js';

const USAGE = `Usage:
  npm run tenant -- create --slug <slug> --name <name> --admin <email> [--first-name <name>] [--surname <name>]
  npm run tenant -- list`;

/** "ada.lovelace@…" → Ada: a first name until the administrator corrects it. */
const nameFromEmail = (email: string) => {
  const word = email.split('@')[0]?.split(/[._+-]/)[0] ?? '';
  return word ? word.charAt(0).toUpperCase() + word.slice(1) : 'Administrator';
};

async function main(argv: string[]) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      name: { type: 'string' },
      admin: { type: 'string' },
      'first-name': { type: 'string' },
      surname: { type: 'string' },
    },
  });
  const command = positionals[0];
  if (command !== 'create' && command !== 'list') {
    console.error(USAGE);
    return 2;
  }
  const config = readConfig();
  const database = await openDatabase(config);
  try {
    if (command === 'list') {
      const rows = await database.db.select().from(tenants).orderBy(tenants.slug);
      for (const row of rows) console.log(`${row.slug}\t${row.name}`);
      return 0;
    }
    const email = values.admin ?? '';
    const parsed = ZCreateTenantRequest.safeParse({
      slug: values.slug,
      name: values.name,
      firstAdministrator: {
        firstName: values['first-name'] ?? nameFromEmail(email),
        surname: values.surname ?? 'Administrator',
        email,
      },
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        console.error(
          `--${String(issue.path[0] === 'firstAdministrator' ? 'admin' : issue.path[0])}: ${issue.message}`,
        );
      console.error(USAGE);
      return 2;
    }
    const created = await createTenant(database.db, 'operator', parsed.data, {
      publicUrl: config.publicUrl,
    });
    console.log(`Created tenant "${created.slug}" (${created.name}), id ${created.id}.`);
    console.log(
      `First administrator: ${created.firstAdministrator.email} (user ${created.firstAdministrator.id}), invited.`,
    );
    if (config.smtpUrl) {
      console.log('The activation email goes out through SMTP_URL.');
    } else {
      const [mail] = created.firstAdministrator.outboxId
        ? await database.db
            .select({ text: outbox.textBody })
            .from(outbox)
            .where(eq(outbox.id, created.firstAdministrator.outboxId))
        : [];
      console.log('No SMTP_URL is set, so the email waits in the outbox. Activation link:');
      console.log(activationLinkIn(mail?.text ?? '') ?? '(not found in the outbox)');
    }
    return 0;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error(error.message);
    for (const [field, why] of Object.entries(error.fields)) console.error(`  ${field}: ${why}`);
    return 1;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
