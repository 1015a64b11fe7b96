import { jest } from '@jest/globals';

// A browser test walks a whole task through several screens and sign-ins: three minutes, where
// the other projects keep Jest's 30 seconds (a project's own `testTimeout` is not read by Jest 30).
jest.setTimeout(180_000);
