/**
 * `npm test`: lint, type check, unit tests (node's runner), build, addons-linter on the Firefox build,
 * end-to-end tests (Playwright in real Chromium, puppeteer over WebDriver BiDi in Firefox ESR). Every stage runs even if an earlier one fails, so one run shows everything; the exit code is
 * non-zero if any stage failed. The last line counts every test: "tests: N passed, N failed".
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const E2E_REPORT = path.join(ROOT, 'test-results', 'e2e.json');

interface Stage {
  name: string;
  ok: boolean;
  passed: number;
  failed: number;
  seconds: number;
}

/** Runs a command with inherited terminal output, also keeping its output for counting. */
function run(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
      process.stdout.write(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      const text = d.toString().replace(/^npm warn Unknown user config "nodedir".*\n/gm, '');
      output += text;
      process.stderr.write(text);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function stage(name: string, command: string, args: string[], count?: (output: string) => { passed: number; failed: number }): Promise<Stage> {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const start = performance.now();
  const { code, output } = await run(command, args);
  const counts = count?.(output) ?? { passed: 0, failed: 0 };
  return { name, ok: code === 0, ...counts, seconds: (performance.now() - start) / 1000 };
}

const nodeCounts = (output: string) => ({
  passed: Number(/^ℹ pass (\d+)/m.exec(output)?.[1] ?? 0),
  failed: Number(/^ℹ fail (\d+)/m.exec(output)?.[1] ?? 0),
});

function playwrightCounts(): { passed: number; failed: number } {
  if (!fs.existsSync(E2E_REPORT)) return { passed: 0, failed: 0 };
  const { stats } = JSON.parse(fs.readFileSync(E2E_REPORT, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number } };
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky };
}

const unitFiles = fs.readdirSync(path.join(ROOT, 'test', 'unit')).filter((f) => f.endsWith('.test.ts')).map((f) => path.join('test', 'unit', f));
fs.rmSync(E2E_REPORT, { force: true });

const stages: Stage[] = [];
stages.push(await stage('lint', 'npx', ['eslint', '.']));
stages.push(await stage('typecheck', 'npx', ['tsc', '-p', '.', '--noEmit']));
stages.push(await stage('unit', 'node', ['--import', 'tsx', '--test', '--test-reporter=spec', ...unitFiles], nodeCounts));
const build = await stage('build', 'npx', ['tsx', 'scripts/build.ts']);
stages.push(build);
if (build.ok) {
  stages.push(await stage('lint:firefox', 'npx', ['tsx', 'scripts/lint-firefox.ts']));
  stages.push(await stage('e2e', 'npx', ['playwright', 'test'], playwrightCounts));
}

console.log('\nstage        result  passed  failed  seconds');
for (const s of stages) {
  console.log(`${s.name.padEnd(12)} ${(s.ok ? 'ok' : 'FAILED').padEnd(7)} ${String(s.passed).padStart(6)} ${String(s.failed).padStart(7)} ${s.seconds.toFixed(1).padStart(8)}`);
}
const failedStages = stages.filter((s) => !s.ok).map((s) => s.name);
if (failedStages.length) console.log(`failed stages: ${failedStages.join(', ')}`);
const passed = stages.reduce((n, s) => n + s.passed, 0);
// A stage that failed without failing a test (lint, types, build) still counts as one failure.
const failed = stages.reduce((n, s) => n + (s.failed || (s.ok ? 0 : 1)), 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedStages.length ? 1 : 0);
