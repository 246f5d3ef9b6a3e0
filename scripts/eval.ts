// `npm run eval`: scores the bundled rules on the labelled corpus in test/corpus/ and fails under
// the targets (see docs/rules.md, "Adding a case to the corpus").
//   --json FILE        also write the figures as JSON (for the bench and release notes)
//   --downloads FILE   score only this file of downloads (a held-out review round, before it
//                      joins the corpus), with the pages as usual
// Exit status: 0 all targets met, 1 a target missed, 2 a corpus line is broken or bad arguments.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledRuleset, classify, classifyPage } from '../src/rules/index.ts';
import { DownloadCaseSchema, PageCaseSchema, parseCorpus, type CorpusProblem } from './eval/corpus.ts';
import { formatScore, scoreFigures } from './eval/report.ts';
import { scoreDownloads, scorePages, type Outcome, type PageExpect } from './eval/score.ts';

const CORPUS = (name: string): string => fileURLToPath(new URL(`../test/corpus/${name}`, import.meta.url));

function usage(message: string): never {
  process.stderr.write(`eval: ${message}\nusage: npm run eval [-- --json FILE] [--downloads FILE]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { json: string | null; downloads: string | null } {
  let json: string | null = null;
  let downloads: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--json') json = argv[i + 1] ?? usage('--json needs a file name');
    else if (argv[i] === '--downloads') downloads = argv[i + 1] ?? usage('--downloads needs a file name');
    else usage(`unknown argument ${argv[i]}`);
    i += 1;
  }
  return { json, downloads };
}

/** The corpus's download files: downloads.jsonl and the review rounds added beside it. */
function corpusDownloadFiles(): { name: string; path: string }[] {
  const names = ['downloads.jsonl', ...readdirSync(CORPUS('.')).filter((f) => f.endsWith('.jsonl') && f !== 'downloads.jsonl' && f !== 'pages.jsonl').sort()];
  return names.map((name) => ({ name: `test/corpus/${name}`, path: CORPUS(name) }));
}

function readOrFail(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    return usage(`cannot read ${path}: ${(error as Error).message}`);
  }
}

function reportProblems(problems: (CorpusProblem & { file: string })[]): void {
  for (const p of problems) process.stderr.write(`${p.file}:${p.line}: ${p.message}\n`);
}

/** The download files are parsed as one text (ids unique across them): a problem's line back to its file. */
function whereInFiles(problem: CorpusProblem, files: { name: string }[], texts: string[]): CorpusProblem & { file: string } {
  let line = problem.line;
  for (const [i, text] of texts.entries()) {
    const lines = text.split('\n').length;
    if (line <= lines) return { ...problem, file: files[i]!.name, line };
    line -= lines;
  }
  return { ...problem, file: files.at(-1)?.name ?? '?' };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const json = args.json;
  const files = args.downloads === null ? corpusDownloadFiles() : [{ name: args.downloads, path: args.downloads }];
  const texts = files.map((f) => readOrFail(f.path).trimEnd());
  const downloads = parseCorpus(texts.join('\n'), DownloadCaseSchema);
  const pages = parseCorpus(readFileSync(CORPUS('pages.jsonl'), 'utf8'), PageCaseSchema);
  reportProblems(downloads.problems.map((p) => whereInFiles(p, files, texts)));
  reportProblems(pages.problems.map((p) => ({ ...p, file: 'test/corpus/pages.jsonl' })));
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
