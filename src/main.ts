/** Starts Roster: opens the database (migrating it), seeds the demo tenant when empty, serves. */
import { openDatabase } from './db/client.js';
import { isDatabaseEmpty, seedDemo } from './features/demo/seed-demo.js';
import { readConfig } from './platform/config.js';
import { AppError } from './platform/errors.js';
import { createMailer } from './platform/mail/mailer.js';
import { startOutboxWorker } from './platform/mail/outbox.js';
import { buildServer } from './server.js';

async function main() {
  const config = readConfig();
  const database = await openDatabase(config);
  if (await isDatabaseEmpty(database.db)) {
    const password = await seedDemo(database.db, config.demoPassword);
    console.log('\nSeeded the demo organisation "demo".');
    console.log(
      '  Sign in as admin@demo.example (administrator) or support@demo.example (platform support)',
    );
    if (!config.demoPassword) console.log(`  Password (shown once): ${password}\n`);
    else console.log('  Password: the value of ROSTER_DEMO_PASSWORD\n');
  }
  const mailer = createMailer(config.smtpUrl);
  const worker = startOutboxWorker(database.db, mailer);
  const app = await buildServer({ db: database.db, config, mailer });
  // `npm start` and its process group each pass a Ctrl+C or SIGTERM on, so one stop brings
  // several signals: the first shuts down, the rest must not interrupt it (the default action
  // of a second SIGTERM would kill the process and leave the data directory locked).
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await worker.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await app.listen({ port: config.port, host: process.env.HOST ?? '127.0.0.1' });
  console.log(
    `Roster is running at ${config.publicUrl} (${database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'})`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof AppError) console.error(`Roster could not start: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
