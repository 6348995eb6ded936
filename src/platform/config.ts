/** Configuration read once from the environment (CONTRACT.md names). */
import { resolve } from 'node:path';

export interface Config {
  port: number;
  databaseUrl?: string;
  dataDir: string;
  smtpUrl?: string;
  publicUrl: string;
  demoPassword?: string;
  /** ROSTER_DEMO=1: seed the demo tenant on an empty PostgreSQL too (PGlite always gets it). */
  demo: boolean;
  /** Run the job worker inside the web server (ROSTER_WORKER=0 turns it off). */
  worker?: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  return {
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.ROSTER_DATA_DIR ?? 'data'),
    smtpUrl: env.SMTP_URL || undefined,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    demoPassword: env.ROSTER_DEMO_PASSWORD || undefined,
    demo: env.ROSTER_DEMO === '1',
    worker: env.ROSTER_WORKER !== '0',
  };
}
