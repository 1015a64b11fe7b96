import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { workerId } from './test-config.js';

const ROOT = resolve('.');
let compiled: string | undefined;

/**
 * The current sources compiled for a process of their own, as Jest compiles them (swc, see
 * compile-sources.mjs): in well under a second, into this test run's and Jest worker's own
 * folder, once per test file. Returns that folder; `<folder>/src/main.js` is the API.
 */
export function serverBuild(): string {
  if (compiled) return compiled;
  const outDir = join(ROOT, 'var', 'test-build', `${process.env.TEST_NAMESPACE ?? 'default'}-${workerId}`);
  execFileSync(process.execPath, [join(ROOT, 'test/support/compile-sources.mjs'), outDir], { stdio: 'inherit' });
  return (compiled = outDir);
}
