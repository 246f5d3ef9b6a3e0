// An optional list of known SHA-256 hashes, e.g. copied by an admin from Microsoft's "Verify your
// download" tables. ISO Guard ships it EMPTY on purpose: a wrong hash we shipped would tell people
// a fake ISO is genuine (or a genuine one is fake). Users and admins load their own.
import * as z from 'zod';
import { parseExpectedHash } from './expected-hash.ts';

const sha256 = z.string().transform((value, ctx) => {
  const parsed = parseExpectedHash(value);
  if (parsed.ok) return parsed.sha256;
  ctx.addIssue({ code: 'custom', message: 'not a SHA-256 (64 hex digits)' });
  return z.NEVER;
});

export const CatalogEntrySchema = z.strictObject({
  fileName: z.string().trim().min(1).max(255).regex(/^[^/\\]+$/u, 'a file name, not a path'),
  sha256,
  /** Where the hash was copied from, e.g. the Microsoft page's URL. */
  source: z.string().trim().min(1).max(2_000),
});

export const HashCatalogSchema = z
  .strictObject({
    version: z.number().int().min(1),
    entries: z.array(CatalogEntrySchema).max(10_000),
  })
  .superRefine((catalog, ctx) => {
    const seen = new Map<string, string>();
    catalog.entries.forEach((entry, index) => {
      const key = matchKey(entry.fileName);
      const earlier = seen.get(key);
      if (earlier !== undefined && earlier !== entry.sha256) {
        ctx.addIssue({ code: 'custom', path: ['entries', index, 'fileName'], message: 'listed twice with different hashes' });
      }
      seen.set(key, entry.sha256);
    });
  });

export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;
export type HashCatalog = z.infer<typeof HashCatalogSchema>;

export type CatalogResult = { ok: true; catalog: HashCatalog } | { ok: false; reason: string };

/** Validates a whole catalog file: one bad entry refuses the file, with where and why. */
export function parseHashCatalog(text: string): CatalogResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const result = HashCatalogSchema.safeParse(json);
  if (result.success) return { ok: true, catalog: result.data };
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'the file';
  return { ok: false, reason: `${where}: ${issue?.message ?? 'invalid'}` };
}

/**
 * Names compare without case (Windows file names) and without the " (1)" a browser adds when a
 * file of that name is already in the download folder.
 */
export function matchKey(fileName: string): string {
  return fileName.trim().replace(/ \(\d+\)(?=\.[^.]+$)/u, '').toLowerCase();
}

export function findKnownHash(catalog: HashCatalog, fileName: string): CatalogEntry | undefined {
  const key = matchKey(fileName);
  return catalog.entries.find((entry) => matchKey(entry.fileName) === key);
}
