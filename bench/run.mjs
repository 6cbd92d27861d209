// Runs every benchmark (bench/*.bench.ts) one after another and lists the
// JSON each one wrote. Benchmarks measure; they do not pass or fail.
// `npm run bench -- actions-quality` scores action items on the action kit,
// read from $PLENARY_ACTION_KIT or ../shared/action-kit (it says so when absent).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const resultsDir = path.join(benchDir, 'results');
mkdirSync(resultsDir, { recursive: true });

const only = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.startsWith(name)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(benchDir, file)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.error(`${file} did not finish (exit ${run.status ?? run.signal}).`);
  }
}

console.log('\nResults written:');
for (const file of readdirSync(resultsDir).filter((name) => name.endsWith('.json')).sort()) {
  const summary = JSON.parse(readFileSync(path.join(resultsDir, file), 'utf8'));
  console.log(`  bench/results/${file}: ${JSON.stringify(summary).slice(0, 300)}`);
}
process.exit(failed > 0 ? 1 : 0);
