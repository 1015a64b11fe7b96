/**
 * Global setup of the tests that use PostgreSQL and Redis: every run starts from empty test
 * databases. Jest loads this file outside its module mapper, so it imports through package.json's
 * `#test/…` paths (see docs/decisions/0008).
 */
export { dropTestDatabases as default } from '#test/support/test-databases.js';
