/**
 * `npm run bench [-- name…]`: runs every `bench/*.bench.ts` (or those whose name matches an
 * argument) on PGlite, and on PostgreSQL too when DATABASE_URL is set (BENCH_DB=pglite or
 * postgres: that one alone). Each figure is one
 * JSON line on stdout; progress goes to stderr.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Database } from '../src/db/client.js';
import { type Bench, openBenchPglite, openBenchPostgres, printFigure } from './support.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);

async function loadBenches(): Promise<Bench[]> {
  const files = readdirSync(here)
    .filter((file) => file.endsWith('.bench.ts'))
    .sort();
  const benches: Bench[] = [];
  for (const file of files) {
    const module: { default?: Bench } = await import(pathToFileURL(`${here}${file}`).href);
    const bench = module.default;
    if (!bench) throw new Error(`${file} has no default export`);
    if (wanted.length === 0 || wanted.some((name) => bench.name.includes(name)))
      benches.push(bench);
  }
  return benches;
}

async function runOn(open: () => Promise<Database>, benches: Bench[]) {
  for (const bench of benches) {
    // A fresh database per bench, so one bench's rows never slow another down.
    const database = await open();
    try {
      console.error(`▶ ${bench.name} on ${database.kind}`);
      await bench.run({
        db: database.db,
        kind: database.kind,
        emit: (figure) => printFigure(database.kind, figure),
      });
    } finally {
      await database.close();
    }
  }
}

const benches = await loadBenches();
if (benches.length === 0) throw new Error(`No benchmark matches ${wanted.join(', ')}`);
// BENCH_DB=pglite or postgres runs on that database alone.
const only = process.env.BENCH_DB;
if (only !== 'postgres') await runOn(openBenchPglite, benches);
const url = process.env.DATABASE_URL;
if (url && only !== 'pglite') await runOn(() => openBenchPostgres(url), benches);
else console.error('(DATABASE_URL is not set: benchmarks ran on PGlite only)');
