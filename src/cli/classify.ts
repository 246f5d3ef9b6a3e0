// The offline classifier: `npm run --silent classify` (see docs/cli.md and USAGE).
// Same rules code as the extension; only the reading and writing live here.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { bundledRuleset, bundledRulesData, createRuleset, RULES_VERSION, type Ruleset } from '../rules/index.ts';
import { classifyLine, parseArgs, USAGE } from './classify-lines.ts';

function fail(message: string): never {
  process.stderr.write(`classify: ${message}\n`);
  process.exit(2);
}

function loadRuleset(file: string | null): Ruleset {
  if (file === null) return bundledRuleset();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read rules file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail(`${file}: not valid JSON (${(error as Error).message})`);
  }
  try {
    return createRuleset(data, file);
  } catch (error) {
    fail((error as Error).message);
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if ('error' in options) fail(`${options.error}\n\n${USAGE}`);
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (options.version) {
    process.stdout.write(`${RULES_VERSION}\n`);
    return;
  }
  if (options.printRules) {
    process.stdout.write(`${JSON.stringify(bundledRulesData(), null, 2)}\n`);
    return;
  }
  const ruleset = loadRuleset(options.rulesFile);
  if (options.urls.length > 0) {
    const lines = options.urls.map((url, i) => classifyLine(JSON.stringify({ url }), i + 1, ruleset, options.pages));
    process.stdout.write(`${lines.join('\n')}\n`);
    return;
  }
  if (process.stdin.isTTY) fail(`no input: pipe JSON Lines in, or give a URL\n\n${USAGE}`);
  let lineNumber = 0;
  let out: string[] = [];
  const flush = () => {
    if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
    out = [];
  };
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    out.push(line.trim() === '' ? JSON.stringify({ error: `line ${lineNumber}: empty line` }) : classifyLine(line, lineNumber, ruleset, options.pages));
    if (out.length >= 256) flush();
  }
  flush();
}

// A reader that goes away (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

await main();
