// npm test: lint, type-check, API tests on PGlite (and on PostgreSQL when DATABASE_URL is set),
// then the browser tests against a production build.
import { spawnSync } from 'node:child_process';

const run = (label, command, args, env = {}) => {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed`);
    process.exit(result.status ?? 1);
  }
};

const testRun = String(process.pid);
run('lint (biome)', 'npx', ['biome', 'check', '.']);
run('type-check', 'npm', ['run', '--silent', 'typecheck']);
run('web unit tests', 'npx', ['vitest', 'run', '--project', 'web']);
run('unit and API tests on PGlite', 'npx', ['vitest', 'run', '--project', 'api'], {
  ROSTER_TEST_DB: 'pglite',
  ROSTER_TEST_RUN: testRun,
});
if (process.env.DATABASE_URL) {
  run('API tests on PostgreSQL', 'npx', ['vitest', 'run', '--project', 'api'], {
    ROSTER_TEST_DB: 'postgres',
    ROSTER_TEST_RUN: testRun,
  });
} else {
  console.log('\n(DATABASE_URL is not set: API tests ran on PGlite only)');
}
run('web build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
run('browser tests', 'npx', ['vitest', 'run', '--project', 'e2e']);
