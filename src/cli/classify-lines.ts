// The classifier CLI's logic, apart from process I/O so tests can call it directly: reading
// its arguments and turning one JSON Lines input line into one output line.
import * as z from 'zod';
import { classify, classifyPage, type Ruleset } from '../rules/index.ts';

/** One input line: a download as DESIGN.md's CLI contract describes it. */
export const DownloadLineSchema = z.object({
  url: z.string(),
  finalUrl: z.string().optional(),
  referrer: z.string().optional(),
  pageUrl: z.string().optional(),
  filename: z.string().optional(),
  mime: z.string().optional(),
  totalBytes: z.number().optional(),
});

/** One input line of `--pages`: a page address. */
export const PageLineSchema = z.object({ url: z.string() });

export interface CliOptions {
  help: boolean;
  /** Judge pages (`{"url"}` lines) as the popup and page protection do, not downloads. */
  pages: boolean;
  version: boolean;
  printRules: boolean;
  rulesFile: string | null;
  urls: string[];
}

export function parseArgs(args: readonly string[]): CliOptions | { error: string } {
  const options: CliOptions = { help: false, pages: false, version: false, printRules: false, rulesFile: null, urls: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--version') options.version = true;
    else if (arg === '--print-rules') options.printRules = true;
    else if (arg === '--pages') options.pages = true;
    else if (arg === '--rules' || arg.startsWith('--rules=')) {
      const file = arg === '--rules' ? args[++i] : arg.slice('--rules='.length);
      if (!file) return { error: '--rules needs a file name' };
      options.rulesFile = file;
    } else if (arg.startsWith('-') && arg !== '-') return { error: `unknown option ${arg}` };
    else options.urls.push(arg);
  }
  return options;
}

/** The output line (without newline) for one input line. Never throws. */
export function classifyLine(line: string, lineNumber: number, ruleset: Ruleset, pages = false): string {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: `line ${lineNumber}: not valid JSON` });
  }
  const parsed = pages ? PageLineSchema.safeParse(data) : DownloadLineSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return JSON.stringify({ error: `line ${lineNumber}: ${where}${issue?.message ?? (pages ? 'not a page' : 'not a download')}` });
  }
  const verdict = pages ? classifyPage(parsed.data.url, ruleset) : classify(parsed.data, ruleset);
  return JSON.stringify({ verdict: verdict.verdict, reasons: verdict.reasons });
}

export const USAGE = `Usage: npm run --silent classify [-- OPTIONS] [URL ...]

Classifies downloads the way the ISO Guard extension does, offline.

With no URL, reads JSON Lines on standard input, one download a line:
  {"url": "...", "finalUrl"?: "...", "referrer"?: "...", "pageUrl"?: "...",
   "filename"?: "...", "mime"?: "...", "totalBytes"?: number}
and writes one line per input line, in order:
  {"verdict": "...", "reasons": [{"code": "...", "detail": "..."}]}
or {"error": "..."} for a line it cannot read (and goes on).

With URL arguments, classifies each URL as a download and writes one line for each.

With --pages, judges web pages as the popup does: each line (or URL argument) is
  {"url": "..."}
and gets one {"verdict", "reasons"} line. What the site is decides the verdict; lure words
only in a page's path or query give "unknown" with the reason "page-mentions-lure".

Options:
  --rules FILE    classify against this rules file instead of the bundled rules
  --pages         judge pages ({"url"} lines) instead of downloads
  --print-rules   print the bundled rules as one rules file (a start for --rules)
  --version       print the rules version
  -h, --help      show this help

Exit status: 0 when the input was read, 2 for a bad option or a broken rules file.`;
