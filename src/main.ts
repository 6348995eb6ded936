/**
 * Starts Roster: opens the database (migrating it), seeds the demo tenant when empty (on
 * PostgreSQL only with ROSTER_DEMO=1), serves, and runs the job worker in the same process
 * unless ROSTER_WORKER=0.
 */
import { openDatabase } from './db/client.js';
import { startBounceListener } from './features/bounces/bounce-listener.js';
import { seedDemoOnStart } from './features/demo/seed-demo-on-start.js';
import { readConfig } from './platform/config.js';
import { AppError } from './platform/errors.js';
import { startWorker } from './platform/jobs/worker.js';
import { createMailer } from './platform/mail/mailer.js';
import { buildServer } from './server.js';

async function main() {
  const config = readConfig();
  const database = await openDatabase(config);
  // Under the start-up lock, so of several servers starting on one empty database one seeds.
  const demo = await database.exclusive(() => seedDemoOnStart(database, config));
  if (demo.seeded) {
    console.log('\nSeeded the demo organisation "demo".');
    console.log(
      '  Sign in as admin@demo.example (administrator) or support@demo.example (platform support)',
    );
    if (!config.demoPassword) console.log(`  Password (shown once): ${demo.password}\n`);
    else console.log('  Password: the value of ROSTER_DEMO_PASSWORD\n');
  } else if (demo.reason === 'not_asked') {
    console.log('\nThe PostgreSQL database is empty; no demo organisation was seeded.');
    console.log('  Set ROSTER_DEMO=1 to seed one; never on a production database.\n');
  }
  const mailer = createMailer(config.smtpUrl, { returnPath: config.bounceAddress });
  const worker = config.worker
    ? startWorker({ db: database.db, mailer }, { sweepEveryMs: config.expiryEveryMs })
    : null;
  // With the worker: several web servers on one host would contend for one port.
  const bounces =
    worker && config.bouncesListen
      ? await startBounceListener(database.db, config.bouncesListen)
      : null;
  const app = await buildServer({
    db: database.db,
    databaseKind: database.kind,
    config,
    mailer,
  });
  // `npm start` and its process group each pass a Ctrl+C or SIGTERM on, so one stop brings
  // several signals: the first shuts down, the rest must not interrupt it (the default action
  // of a second SIGTERM would kill the process and leave the data directory locked).
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await bounces?.close();
    await worker?.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await app.listen({ port: config.port, host: process.env.HOST ?? '127.0.0.1' });
  console.log(
    `Roster is running at ${config.publicUrl} (${database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'}; ${worker ? 'job worker inside' : 'no job worker: ROSTER_WORKER=0'})`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof AppError) console.error(`Roster could not start: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
