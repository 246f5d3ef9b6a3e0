// The Windows releases the inspector can name, from Microsoft's release-information pages (the
// `sources` of windows-releases.json), validated here once so a bad edit fails the tests.
import * as z from 'zod';
import table from './windows-releases.json' with { type: 'json' };

const ReleasesSchema = z
  .object({
    sources: z.record(z.string(), z.url()),
    releases: z.array(z.object({
      build: z.number().int().positive(),
      release: z.string().regex(/^Windows (?:1[01] \w+|Server \d{4})$/),
      released: z.iso.date(),
      server: z.boolean().optional(),
      source: z.string(),
    })),
  })
  .refine((t) => t.releases.every((r) => r.source in t.sources), { message: 'every release names one of the sources' });

export type WindowsRelease = z.infer<typeof ReleasesSchema>['releases'][number];

export const WINDOWS_RELEASES: readonly WindowsRelease[] = ReleasesSchema.parse(table).releases;

/** The release of `build`; a server edition picks the server row when the build has one. */
export function releaseOf(build: number, server = false): WindowsRelease | null {
  const rows = WINDOWS_RELEASES.filter((r) => r.build === build);
  return rows.find((r) => Boolean(r.server) === server) ?? rows[0] ?? null;
}

export const isServerEdition = (edition: string | null): boolean => /^server/i.test(edition ?? '');
