/**
 * What `npm start` does about the demo tenant. On an empty embedded database (PGlite) it seeds
 * one: that is someone trying Roster on their machine. On an empty PostgreSQL it seeds only when
 * asked with ROSTER_DEMO=1, so a production database never gets demo accounts with a known
 * password (issue 7).
 */
import type { Database } from '../../db/client.js';
import type { Config } from '../../platform/config.js';
import { isDatabaseEmpty, seedDemo } from './seed-demo.js';

export type DemoOnStart =
  | { seeded: true; password: string }
  | { seeded: false; reason: 'not_empty' | 'not_asked' };

/** Whether a start on an empty database of this kind seeds the demo tenant. */
export const wantsDemo = (kind: Database['kind'], demo: boolean) => kind === 'pglite' || demo;

/** Seeds the demo tenant when the database is empty and the kind (or ROSTER_DEMO) allows it. */
export async function seedDemoOnStart(
  database: Pick<Database, 'db' | 'kind'>,
  config: Pick<Config, 'demo' | 'demoPassword'>,
): Promise<DemoOnStart> {
  if (!(await isDatabaseEmpty(database.db))) return { seeded: false, reason: 'not_empty' };
  if (!wantsDemo(database.kind, config.demo)) return { seeded: false, reason: 'not_asked' };
  return { seeded: true, password: await seedDemo(database.db, config.demoPassword) };
}
