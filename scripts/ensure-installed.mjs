// Runs `npm install` (locked versions; see .ci/run for why not `npm ci`) when the dependencies are missing or older than package-lock.json,
// so that `npm start` and `npm test` work as the first command on a fresh clone.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.log('Installing dependencies (npm install)...');
  execSync('npm install --no-fund --no-audit', { stdio: 'inherit' });
}
