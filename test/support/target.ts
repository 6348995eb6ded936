/** Which database the API tests run on: PGlite, or PostgreSQL when ROSTER_TEST_DB=postgres. */
export const PGLITE_TEMPLATE = '.tmp/pglite-template.tar';

export const testTarget = () => (process.env.ROSTER_TEST_DB === 'postgres' ? 'postgres' : 'pglite');

/** The run's template database: the run id kept to what an unquoted name may hold. */
export const postgresTemplateName = () =>
  `roster_template_${(process.env.ROSTER_TEST_RUN ?? 'local').toLowerCase().replace(/[^a-z0-9_]/g, '_')}`;
