#!/usr/bin/env node
// Runs every bench/*.bench.mjs in turn and prints one summary table.
//
//   npm run bench                      # all benches (builds first)
//   npm run bench -- --no-build        # reuse dist/
//   npm run bench -- first-screen      # only benches whose file name contains "first-screen"
//
// Each bench prints its own details and ends with one line
//   BENCH_RESULT {"rows":[{"bench","metric","value","unit","target","pass"}]}
// which this runner collects. Results are also written to bench/results/<time>.json (ignored by git).
// Benches are never part of `npm test`.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flags = args.filter((arg) => arg.startsWith('-'));
const filters = args.filter((arg) => !arg.startsWith('-'));

const scripts = readdirSync(benchDir)
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();

if (scripts.length === 0) {
  console.error(`No bench/*.bench.mjs matched ${filters.join(', ') || '(none found)'}`);
  process.exit(1);
}

/** Runs one bench, streaming its output, and returns its rows and exit code. */
function runBench(script) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(benchDir, script), ...flags], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: process.env,
    });
    let buffer = '';
    const rows = [];
    child.stdout.on('data', (chunk) => {
      buffer += chunk.toString();
      let newline;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (line.startsWith('BENCH_RESULT ')) {
          try {
            rows.push(...JSON.parse(line.slice('BENCH_RESULT '.length)).rows);
          } catch {
            console.error(`Could not parse result line from ${script}: ${line}`);
          }
        } else {
          process.stdout.write(`${line}\n`);
        }
      }
    });
    child.on('close', (code) => resolve({ rows, code: code ?? 1 }));
  });
}

function formatValue(value, unit) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const digits = unit === 'ms' || Number.isInteger(value) ? 0 : 1;
  return `${value.toFixed(digits)} ${unit}`;
}

function printTable(rows) {
  const header = ['bench', 'metric', 'value', 'target', 'ratio vs target', 'ok'];
  const body = rows.map((row) => [
    row.bench,
    row.metric,
    formatValue(row.value, row.unit),
    row.target === null || row.target === undefined ? '–' : `≤ ${formatValue(row.target, row.unit)}`,
    row.target ? `${(row.value / row.target).toFixed(2)}×` : '–',
    row.pass === undefined || row.pass === null ? '' : row.pass ? 'yes' : 'NO',
  ]);
  const widths = header.map((cell, i) => Math.max(cell.length, ...body.map((line) => line[i].length)));
  const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join(' │ ');
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const cells of body) console.log(line(cells));
}

const allRows = [];
let failed = false;
for (const script of scripts) {
  console.log(`\n=== ${script} ===`);
  const { rows, code } = await runBench(script);
  allRows.push(...rows);
  if (code !== 0) {
    failed = true;
    console.error(`${script} exited with code ${code}`);
  }
}

console.log('\n=== Summary ===');
printTable(allRows);

const resultsDir = path.join(benchDir, 'results');
mkdirSync(resultsDir, { recursive: true });
const file = path.join(resultsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), rows: allRows }, null, 2)}\n`);
console.log(`\nSaved ${path.relative(process.cwd(), file)}`);

process.exit(failed ? 1 : 0);
