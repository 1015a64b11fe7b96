/**
 * Jest in ESM mode (NestJS 12 is ESM-only); @swc/jest strips types. See docs/decisions/0001.
 * Three projects by what the tests need (docs/decisions/0008): `unit` nothing, `e2e` PostgreSQL
 * and Redis, `web` those and Chromium. `npm test` runs all three; `npm run test:unit` (and e2e,
 * web) one, by TEST_PROJECT: Jest's own `--selectProjects` would take the paths after it for
 * project names.
 */
const transformed = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', {}] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};

/** The tests under test/ that need no service (every spec under src/ is one too). */
const pureTestsInTestFolder = [
  'test/assessment/assessment-rules.spec.ts',
  'test/committee/decision-rules.spec.ts',
  'test/description/text-diff.spec.ts',
  'test/notifications/who-hears-what.spec.ts',
  'test/platform/config.spec.ts',
  'test/web/api-contract.spec.ts',
  'test/web/serve-web-app.spec.ts',
  'test/web/wording.spec.ts',
].map((path) => `<rootDir>/${path}`);

const projects = [
  {
    ...transformed,
    displayName: 'unit',
    testMatch: ['<rootDir>/src/**/*.spec.ts', ...pureTestsInTestFolder],
  },
  {
    ...transformed,
    displayName: 'e2e',
    testMatch: ['<rootDir>/test/**/*.spec.ts'],
    testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/web/', ...pureTestsInTestFolder],
    globalSetup: '<rootDir>/test/support/global-setup.ts',
  },
  {
    ...transformed,
    displayName: 'web',
    setupFilesAfterEnv: ['<rootDir>/test/web/support/test-timeout.ts'],
    testMatch: ['<rootDir>/test/web/**/*.spec.ts'],
    testPathIgnorePatterns: ['/node_modules/', ...pureTestsInTestFolder],
    globalSetup: '<rootDir>/test/web/support/global-setup.ts',
    globalTeardown: '<rootDir>/test/web/support/global-teardown.ts',
  },
];

const selected = process.env.TEST_PROJECT ? projects.filter(({ displayName }) => displayName === process.env.TEST_PROJECT) : projects;
if (selected.length === 0) throw new Error(`TEST_PROJECT=${process.env.TEST_PROJECT}: no such Jest project (unit, e2e, web)`);

export default {
  maxWorkers: 2,
  testTimeout: 30000,
  projects: selected,
};
