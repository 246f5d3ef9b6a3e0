// Reads the labelled corpora in test/corpus/ (JSON Lines). Every line is validated; a broken line
// is reported with its line number instead of being skipped, so a typo cannot shrink the corpus.
import * as z from 'zod';

const category = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'category is "kind/what", lower-case words and hyphens');
const common = {
  id: z.string().min(1),
  category,
  why: z.string().min(1),
  source: z.url().optional(),
};

export const DownloadCaseSchema = z.strictObject({
  ...common,
  expect: z.enum(['official', 'pass', 'ignore', 'warn', 'block']),
  input: z.strictObject({
    url: z.string().min(1),
    finalUrl: z.string().min(1).optional(),
    referrer: z.string().min(1).optional(),
    pageUrl: z.string().min(1).optional(),
    filename: z.string().min(1).optional(),
    mime: z.string().min(1).optional(),
    totalBytes: z.number().int().min(-1).optional(),
  }),
});

export const PageCaseSchema = z.strictObject({
  ...common,
  expect: z.enum(['official', 'pass', 'warn', 'block']),
  input: z.strictObject({ url: z.string().min(1) }),
});

export type DownloadCase = z.infer<typeof DownloadCaseSchema>;
export type PageCase = z.infer<typeof PageCaseSchema>;

export interface CorpusProblem {
  line: number;
  message: string;
}

export interface ParsedCorpus<T> {
  cases: T[];
  problems: CorpusProblem[];
}

/** Parses JSON Lines text; blank lines are allowed, ids must be unique. */
export function parseCorpus<T extends { id: string }>(text: string, schema: z.ZodType<T>): ParsedCorpus<T> {
  const cases: T[] = [];
  const problems: CorpusProblem[] = [];
  const seen = new Map<string, number>();
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      problems.push({ line, message: `not valid JSON (${(error as Error).message})` });
      return;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
      problems.push({ line, message: `${where}${first?.message ?? 'invalid case'}` });
      return;
    }
    const earlier = seen.get(parsed.data.id);
    if (earlier !== undefined) {
      problems.push({ line, message: `id "${parsed.data.id}" already used on line ${earlier}` });
      return;
    }
    seen.set(parsed.data.id, line);
    cases.push(parsed.data);
  });
  return { cases, problems };
}
