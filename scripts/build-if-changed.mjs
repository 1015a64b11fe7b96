// Builds the server (dist/) and the web application (dist-web/) only when one of their inputs
// changed since the last build, so that `npm start` on a built tree starts at once.
//
//   node scripts/build-if-changed.mjs [server] [web]     (both when none is named)
//
// A build is up to date when its output exists and its stamp (var/build-stamps/<name>.json)
// records the same newest input modification time and the same list of input files as now.
// Checkouts, pulls and edits all set a new modification time; deleting or adding a file changes
// the list. `--force` rebuilds regardless.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const STAMP_DIR = 'var/build-stamps';

const BUILDS = {
  server: {
    command: 'npm run build',
    inputs: ['src', 'migrations', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'],
    output: 'dist/src/main.js',
  },
  web: {
    command: 'npm run web:build',
    inputs: ['web', 'src/web', 'package-lock.json'],
    output: 'dist-web/index.html',
  },
};

/** Every file below the inputs (skipping tests, which no build reads), depth first. */
function inputFiles(paths) {
  const files = [];
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stats = statSync(path);
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) visit(join(path, entry));
    } else if (!path.endsWith('.spec.ts')) {
      files.push({ path, mtimeMs: stats.mtimeMs });
    }
  };
  paths.forEach(visit);
  return files;
}

function fingerprint(build) {
  const files = inputFiles(build.inputs);
  return {
    newestInputMs: Math.max(0, ...files.map((file) => file.mtimeMs)),
    fileList: createHash('sha256').update(files.map((file) => file.path).join('\n')).digest('hex'),
    command: build.command,
  };
}

function readStamp(name) {
  try {
    return JSON.parse(readFileSync(join(STAMP_DIR, `${name}.json`), 'utf8'));
  } catch {
    return null;
  }
}

const force = process.argv.includes('--force');
const names = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
for (const name of names.length ? names : Object.keys(BUILDS)) {
  const build = BUILDS[name];
  if (!build) {
    console.error(`Unknown build "${name}"; known: ${Object.keys(BUILDS).join(', ')}`);
    process.exit(2);
  }
  const current = fingerprint(build);
  const stamp = readStamp(name);
  const upToDate =
    !force && existsSync(build.output) && stamp?.newestInputMs === current.newestInputMs && stamp?.fileList === current.fileList && stamp?.command === current.command;
  if (upToDate) {
    console.log(`${name}: up to date, not rebuilt`);
    continue;
  }
  execSync(build.command, { stdio: 'inherit' });
  mkdirSync(STAMP_DIR, { recursive: true });
  writeFileSync(join(STAMP_DIR, `${name}.json`), JSON.stringify(current));
}
