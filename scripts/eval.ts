// `npm run eval`: scores the bundled rules on the labelled corpus in test/corpus/ and fails under
// the targets (see docs/rules.md, "Adding a case to the corpus").
//   --json FILE   also write the figures as JSON (for the bench and release notes)
// Exit status: 0 all targets met, 1 a target missed, 2 a corpus line is broken or bad arguments.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledRuleset, classify, classifyPage } from '../src/rules/index.ts';
import { DownloadCaseSchema, PageCaseSchema, parseCorpus, type CorpusProblem } from './eval/corpus.ts';
import { formatScore, scoreFigures } from './eval/report.ts';
import { scoreDownloads, scorePages, type Outcome, type PageExpect } from './eval/score.ts';

const CORPUS = (name: string): string => fileURLToPath(new URL(`../test/corpus/${name}`, import.meta.url));

function usage(message: string): never {
  process.stderr.write(`eval: ${message}\nusage: npm run eval [-- --json FILE]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { json: string | null } {
  let json: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--json') {
      json = argv[i + 1] ?? usage('--json needs a file name');
      i += 1;
    } else usage(`unknown argument ${argv[i]}`);
  }
  return { json };
}

function reportProblems(file: string, problems: CorpusProblem[]): void {
  for (const p of problems) process.stderr.write(`test/corpus/${file}:${p.line}: ${p.message}\n`);
}

function main(): void {
  const { json } = parseArgs(process.argv.slice(2));
  // Every download file of the corpus: downloads.jsonl and the review rounds added beside it.
  const files = ['downloads.jsonl', ...readdirSync(CORPUS('.')).filter((f) => f.endsWith('.jsonl') && f !== 'downloads.jsonl' && f !== 'pages.jsonl').sort()];
  const downloads = parseCorpus(files.map((f) => readFileSync(CORPUS(f), 'utf8').trimEnd()).join('\n'), DownloadCaseSchema);
  const pages = parseCorpus(readFileSync(CORPUS('pages.jsonl'), 'utf8'), PageCaseSchema);
  reportProblems('downloads.jsonl', downloads.problems);
  reportProblems('pages.jsonl', pages.problems);
  if (downloads.problems.length + pages.problems.length > 0) {
    process.stderr.write('eval: the corpus has broken lines (above); fix them first\n');
    process.exit(2);
  }

  const ruleset = bundledRuleset();
  const downloadOutcomes = downloads.cases.map((c) => {
    const verdict = classify(c.input, ruleset);
    return { id: c.id, category: c.category, expect: c.expect, got: verdict.verdict, codes: verdict.reasons.map((r) => r.code) };
  });
  const pageOutcomes: Outcome<PageExpect>[] = pages.cases.map((c) => {
    const verdict = classifyPage(c.input.url, ruleset);
    return { id: c.id, category: c.category, expect: c.expect, got: verdict.verdict, codes: verdict.reasons.map((r) => r.code) };
  });
  const downloadScore = scoreDownloads(downloadOutcomes);
  const pageScore = scorePages(pageOutcomes);

  process.stdout.write(formatScore(`downloads (${downloads.cases.length} cases)`, downloadScore));
  process.stdout.write('\n');
  process.stdout.write(formatScore(`pages (${pages.cases.length} cases)`, pageScore));
  if (json !== null) {
    const figures = { downloads: scoreFigures(downloadScore), pages: scoreFigures(pageScore) };
    writeFileSync(json, `${JSON.stringify(figures, null, 2)}\n`);
  }
  const missed = [...downloadScore.thresholds, ...pageScore.thresholds].filter((t) => !t.ok);
  if (missed.length > 0) {
    process.stdout.write(`\neval: ${missed.length} target(s) missed: ${missed.map((t) => t.name).join(', ')}\n`);
    process.exit(1);
  }
  process.stdout.write('\neval: every target met\n');
}

main();
