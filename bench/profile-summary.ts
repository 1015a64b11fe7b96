/**
 * The functions and the packages that took the most CPU in a V8 profile (node --cpu-prof, as
 * `node dist-bench/bench/http.js --profile` writes for the API):
 *
 *   npx tsc -p bench/tsconfig.json && node dist-bench/bench/profile-summary.js <file.cpuprofile> [--top 30]
 *
 * Self time per function, and total time (self plus callees) per source: this project's own
 * files by path, dependencies by package, Node's internals as `node:`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' } } });
if (positionals.length !== 1) throw new Error('usage: node dist-bench/bench/profile-summary.js <file.cpuprofile> [--top 30]');
const TOP = Number(values.top);
const profile = JSON.parse(readFileSync(positionals[0], 'utf8')) as Profile;

/** Where a frame's code lives, coarse enough to add up: a package, a file of ours, or Node. */
function sourceOf(url: string): string {
  if (url === '') return '(native / V8)';
  if (url.startsWith('node:')) return 'node:';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [first, second] = url.slice(modules + '/node_modules/'.length).split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  const src = url.indexOf('/src/');
  return src >= 0 ? url.slice(src + 1) : url;
}

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

const selfTime = new Map<number, number>();
let total = 0;
profile.samples.forEach((id, index) => {
  const delta = profile.timeDeltas[index] ?? 0;
  selfTime.set(id, (selfTime.get(id) ?? 0) + delta);
  total += delta;
});

const functions = new Map<string, number>();
const sources = new Map<string, number>();
for (const [id, time] of selfTime) {
  const node = byId.get(id)!;
  const { functionName, url, lineNumber } = node.callFrame;
  const key = `${functionName || '(anonymous)'}  ${sourceOf(url)}:${lineNumber + 1}`;
  functions.set(key, (functions.get(key) ?? 0) + time);
  // Inclusive per source: count the sample once for every distinct source on its stack.
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) seen.add(sourceOf(byId.get(at)!.callFrame.url));
  for (const source of seen) sources.set(source, (sources.get(source) ?? 0) + time);
}

const print = (title: string, entries: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [key, time] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, TOP))
    console.log(`${((100 * time) / total).toFixed(1).padStart(6)} %  ${(time / 1000).toFixed(0).padStart(7)} ms  ${key}`);
};
console.log(`${(total / 1e6).toFixed(1)} s sampled`);
print('self time by function', functions);
print('total time by source (self and callees)', sources);
