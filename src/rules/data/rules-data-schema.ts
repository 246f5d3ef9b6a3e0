// The one schema for rules data: the bundled files, a subscribed feed and enterprise policy
// lists all go through it. Every section but `version` is optional, so a feed may carry only a
// blocklist. A file that fails never yields a partial rule set: RulesDataError is thrown whole.
import * as z from 'zod';
import { DomainTable } from '../hosts/domain-table.ts';
import { rememberTable } from './prebuilt-tables.ts';

const regexSource = z.string().refine(
  (source) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

/**
 * Host lists are checked by DomainTable.check, not z.array(z.string()): a 100,000-entry list
 * must load in a few milliseconds, and checking it while indexing it is one pass, not two.
 * The table is kept for compileRules (prebuilt-tables.ts) so the list is never indexed twice.
 */
const hostList = z.unknown().transform((value, ctx): readonly string[] => {
  if (!Array.isArray(value)) {
    ctx.addIssue({ code: 'custom', message: 'expected an array of host names' });
    return z.NEVER;
  }
  const checked = DomainTable.check(value);
  if ('issues' in checked) {
    for (const issue of checked.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [issue.index] });
    return z.NEVER;
  }
  rememberTable(checked.clean, checked.table);
  return checked.clean;
});

const extensionList = z.array(z.string().regex(/^[a-z0-9-]{1,16}$/, 'an extension: lowercase, no dot'));

const LureSchema = z.object({
  /** Stable kebab-case reason code, e.g. `lure-windows-12`. */
  code: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case reason code'),
  /** Matched against the normalised, tokenised text (see docs/rules.md). */
  pattern: regexSource,
  /**
   * A looser pattern run on the lowercased text before it is split into words: it must match
   * wherever `pattern` would. Text it misses skips the word split (the fast path).
   */
  hint: regexSource,
  /** Names of `contexts` of which one must also match the same text. */
  context: z.array(z.string()).optional(),
  /** Names of `contexts` in which the words mean something else: none may match. */
  unless: z.array(z.string()).optional(),
  severity: z.enum(['suspicious', 'dangerous']).optional(),
});

/** Where a row of the data is documented: a public https:// page (Microsoft Learn, IANA …). */
const sourceUrl = z.string().regex(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\/\S*$/, 'an https:// address of a public page');

/** A Microsoft parent under which customers choose names (see customer-namespaces.json). */
const CustomerNamespaceSchema = z.object({
  suffix: z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, 'a host name'),
  /** Where the customer's name stands: a label before the suffix, or the first path segment. */
  customer: z.enum(['label', 'path']),
  service: z.string().min(1),
  source: sourceUrl,
});

export const RulesDataSchema = z.object({
  version: z.string().min(1),
  officialHosts: hostList.optional(),
  officialPageDomains: hostList.optional(),
  allowlist: hostList.optional(),
  blocklist: hostList.optional(),
  sharedHosts: hostList.optional(),
  /** Sites where anyone shares files (mediafire.com, cdn.discordapp.com): no maker ships from them. */
  fileSharingHosts: hostList.optional(),
  /** Host → the public page that documents it as Microsoft's. */
  hostSources: z.record(z.string(), sourceUrl).optional(),
  customerNamespaces: z.array(CustomerNamespaceSchema).optional(),
  fileTypes: z
    .object({
      diskImages: extensionList.optional(),
      /** Why a less known extension is a disk image (Norton Ghost, Acronis …): read by people. */
      diskImageNotes: z.record(z.string().regex(/^[a-z0-9]{1,8}$/), z.string().max(200)).optional(),
      diskImageMimes: z.array(z.string()).optional(),
      executables: extensionList.optional(),
      /** Programs that are scripts (`.ps1`, `.vbs` …): no vendor ships Windows media or setup as one. */
      scripts: extensionList.optional(),
      executableMimes: z.array(z.string()).optional(),
      archives: extensionList.optional(),
      /** Compressors and archives whose name says they hold one image: `x.vhd.xz`, `x.iso.zip` are judged as that image. */
      compressors: extensionList.optional(),
      decoys: extensionList.optional(),
    })
    .optional(),
  lookalike: z
    .object({
      brands: z
        .array(
          z.object({
            name: z.string().regex(/^[a-z0-9]{3,}$/),
            typoDistance: z.number().int().min(0).max(2),
            combo: z.enum(['any', 'risk-terms', 'none']),
          }),
        )
        .optional(),
      protectedDomains: hostList.optional(),
      riskTerms: z.array(z.string().regex(/^[a-z0-9]+$/)).optional(),
      /** Tools people get Windows media with, each by the name sites copy (lower-case letters and
       * digits, its words run together: `win32diskimager`) and the registrable domains that are
       * its home. Code hosts and download portals hold every tool and are named for none. */
      tools: z
        .array(
          z.object({
            name: z.string().regex(/^[a-z0-9]{5,}$/),
            homes: hostList,
          }),
        )
        .optional(),
    })
    .optional(),
  text: z
    .object({
      contexts: z.record(z.string(), regexSource).optional(),
      lures: z.array(LureSchema).optional(),
      officialFileNames: z.array(regexSource).optional(),
      windowsClaim: regexSource.optional(),
      modernWindowsClaim: regexSource.optional(),
      /** Windows names without "Windows": a build with its revision and architecture or edition, an edition beside a feature update (24H2), WinServer. */
      windowsShape: regexSource.optional(),
      /** A looser pattern on the folded name that must match wherever windowsShape does (most names skip the word reading). */
      windowsShapeHint: regexSource.optional(),
      /** Older Windows named by release alone ("TinyXP", "Vista", "7 SP1 Ultimate"): a claim in a disk image's name only. */
      oldWindowsImageClaim: regexSource.optional(),
      /** A looser pattern on the folded name that must match wherever oldWindowsImageClaim does. */
      oldWindowsImageHint: regexSource.optional(),
      /** A Microsoft Office image (Office 2021, 365, Pro Plus): off Microsoft, it may be modified. */
      officeImageClaim: regexSource.optional(),
      windowsImageExclude: regexSource.optional(),
      /** Hardware generations ("t14-gen3", "12th gen"): explain a program's or driver pack's name, not a disk image's ({Gen2} is a VM generation). */
      programHardwareExclude: regexSource.optional(),
      executableClaim: regexSource.optional(),
      /** Words of a program or archive presenting as Windows setup (upgrade, installation assistant …). */
      installerClaim: regexSource.optional(),
      /** Words of a script presenting as a Windows tool (downloader, activation …): with a Windows name, a dropper's shape. */
      scriptClaim: regexSource.optional(),
      /** A Windows version Microsoft never released ("Windows 13"), on the name's words. */
      unreleasedWindows: regexSource.optional(),
      /** Words that make an exclusion word part of the Windows image ("with drivers"), not its subject. */
      bundledExtra: regexSource.optional(),
      minWindowsImageBytes: z.number().nonnegative().optional(),
      /** Under this even a Windows add-on disc (drivers, tools: an exclusion word) is too small. */
      minWindowsExtrasBytes: z.number().nonnegative().optional(),
    })
    .optional(),
});

export type RulesData = z.infer<typeof RulesDataSchema>;
export type LureData = z.infer<typeof LureSchema>;
export type CustomerNamespace = z.infer<typeof CustomerNamespaceSchema>;

/** A rules file that failed validation: names the file and the field. */
export class RulesDataError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`${source}: invalid rules data: ${problems.join('; ')}`);
    this.name = 'RulesDataError';
  }
}

/** Validates rules data; throws RulesDataError naming `source` and each bad field's path. */
export function parseRulesData(data: unknown, source: string): RulesData {
  const result = RulesDataSchema.safeParse(data);
  if (result.success) {
    checkLureContexts(result.data, source);
    return result.data;
  }
  const problems = result.error.issues.slice(0, 10).map((issue) => {
    const path = formatPath(issue.path);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  throw new RulesDataError(source, problems);
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out;
}

// A lure may only name contexts that exist; zod alone cannot see across the two fields.
function checkLureContexts(data: RulesData, source: string): void {
  const contexts = data.text?.contexts ?? {};
  const problems: string[] = [];
  data.text?.lures?.forEach((lure, i) => {
    for (const name of [...(lure.context ?? []), ...(lure.unless ?? [])]) {
      if (!(name in contexts)) problems.push(`text.lures[${i}].context: unknown context "${name}"`);
    }
  });
  if (problems.length > 0) throw new RulesDataError(source, problems);
}
