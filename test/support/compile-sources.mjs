// Compiles src/ and migrations/ into the given directory the way Jest compiles them (swc with the
// project's .swcrc), so a test can run a real process from the sources without `npm run build`:
// node scripts/… <outDir>, then `node <outDir>/src/worker.js`. Takes a fraction of a second.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from '@swc/core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = process.argv[2];
if (!outDir) throw new Error('usage: node test/support/compile-sources.mjs <outDir> [--no-source-maps]');
// The benches measure memory: inline maps would add every file's source text twice, as `npm run build` does not.
const sourceMaps = process.argv.includes('--no-source-maps') ? false : 'inline';

const swcrc = JSON.parse(await readFile(join(root, '.swcrc'), 'utf8'));
delete swcrc.$schema;
const sources = [];
for (const top of ['src', 'migrations'])
  for (const entry of await readdir(join(root, top), { recursive: true }))
    if (entry.endsWith('.ts') && !entry.endsWith('.spec.ts')) sources.push(join(root, top, entry));

await rm(outDir, { recursive: true, force: true });
await Promise.all(
  sources.map(async (filename) => {
    const { code } = await transform(await readFile(filename, 'utf8'), { ...swcrc, filename, swcrc: false, sourceMaps });
    const target = join(outDir, relative(root, filename)).replace(/\.ts$/, '.js');
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, code);
  }),
);
