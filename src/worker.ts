/**
 * `npm run worker`: the job worker on its own (mail and every other job), for a deployment
 * that runs it apart from the web servers (which then run with ROSTER_WORKER=0). On PGlite
 * the data directory admits one process, so a separate worker needs DATABASE_URL.
 */
import { openDatabase } from './db/client.js';
import { startBounceListener } from './features/bounces/bounce-listener.js';
import { readConfig } from './platform/config.js';
import { AppError } from './platform/errors.js';
import { startWorker } from './platform/jobs/worker.js';
import { createMailer } from './platform/mail/mailer.js';

async function main() {
  const config = readConfig();
  const database = await openDatabase(config);
  const mailer = createMailer(config.smtpUrl, { returnPath: config.bounceAddress });
  const worker = startWorker({ db: database.db, mailer }, { sweepEveryMs: config.expiryEveryMs });
  const bounces = config.bouncesListen
    ? await startBounceListener(database.db, config.bouncesListen)
    : null;
  const stop = async () => {
    await bounces?.close();
    await worker.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  console.log(
    `Roster job worker ${worker.workerId} is running (${database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'}; mail ${mailer.enabled ? 'goes out over SMTP_URL' : 'stays in the outbox: no SMTP_URL'})`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof AppError) console.error(`Roster worker could not start: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
