/** Which database the API tests run on: PGlite, or PostgreSQL when ROSTER_TEST_DB=postgres. */
export const PGLITE_TEMPLATE = '.tmp/pglite-template.tar';

export const testTarget = () => (process.env.ROSTER_TEST_DB === 'postgres' ? 'postgres' : 'pglite');

export const postgresTemplateName = () =>
  `roster_template_${process.env.ROSTER_TEST_RUN ?? 'local'}`;
