// Type-checks the code (with tests and benchmarks) and the web application side by side: tsc uses
// one core, so on two cores the pair takes as long as the larger half.
import { spawn } from 'node:child_process';

const projects = ['tsconfig.json', 'web/tsconfig.json'];

function typecheck(project) {
  return new Promise((resolve) => {
    const tsc = spawn(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', project], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    tsc.stdout.on('data', (chunk) => (output += chunk));
    tsc.stderr.on('data', (chunk) => (output += chunk));
    tsc.on('close', (code) => resolve({ project, passed: code === 0, output }));
  });
}

const results = await Promise.all(projects.map(typecheck));
// Each project's errors together, in a fixed order.
for (const { project, passed, output } of results) if (!passed) process.stdout.write(`tsc --noEmit -p ${project}\n${output}\n`);
if (results.some(({ passed }) => !passed)) process.exitCode = 1;
