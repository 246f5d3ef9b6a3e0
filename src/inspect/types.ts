// The inspector's contract: what it reads through, and what it answers. Pure types, shared by the
// check page, the CLI, the tests and the benchmark.

/**
 * A random-access view of one file. The same engine reads a picked `File` in the page, a file in
 * Node, and (later) HTTP range reads. `read` may return fewer bytes than asked at the end of the
 * file; it never returns more.
 */
export interface ByteSource {
  /** The file's size in bytes. */
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** What holds the files: `udf` for an image read through UDF, `iso9660` otherwise. */
export const FORMATS = [
  'iso9660',
  'udf',
  'wim',
  'esd',
  'vhd',
  'vhdx',
  'program',
  'archive',
  'shortcut',
  'script',
  'unknown',
] as const;
export type ContainerFormat = (typeof FORMATS)[number];

export const INSPECTION_VERDICTS = [
  'no-sign-of-change',
  'modified',
  'not-windows',
  'not-a-disk-image',
  'unreadable',
] as const;
export type InspectionVerdict = (typeof INSPECTION_VERDICTS)[number];

export const FINDING_CODES = [
  'answer-file',
  'setup-scripts',
  'activator',
  'unexpected-programs',
  'lone-program',
  'claims-windows-12',
  'recaptured-image',
  'not-a-disk-image',
  'unreadable',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** What an answer file (autounattend.xml, unattend.xml) was seen to do. */
export const ANSWER_FILE_ACTIONS = [
  'disables-defender',
  'bypasses-tpm-or-secure-boot',
  'creates-local-admin',
  'logs-on-automatically',
  'runs-commands',
  'skips-online-account',
  'sets-product-key',
] as const;
export type AnswerFileAction = (typeof ANSWER_FILE_ACTIONS)[number];

export interface Finding {
  code: FindingCode;
  /** One plain English sentence (the CLI and logs); pages build their own from `code` and `args`. */
  detail: string;
  /** Where inside the image it applies, `/`-separated from the image's root. */
  path?: string;
  /**
   * The values a localized sentence needs, in order. For `answer-file` these are
   * `AnswerFileAction`s; for the others, the names, builds or labels the sentence quotes.
   * docs/inspect.md lists each code's args in order.
   */
  args?: string[];
}

/** One edition inside an install.wim / install.esd, from the WIM's XML metadata. */
export interface WindowsImage {
  index: number;
  name: string | null;
  edition: string | null;
  build: number | null;
  spBuild: number | null;
  /** `x86`, `x64`, `arm64`, or the raw number when unknown. */
  arch: string | null;
  languages: string[];
}

export interface WindowsFacts {
  /** The release the builds belong to, e.g. `Windows 11 24H2`, or null when unknown. */
  release: string | null;
  images: WindowsImage[];
}

export interface Inspection {
  /** The base name of the file. */
  file: string;
  format: ContainerFormat;
  label: string | null;
  verdict: InspectionVerdict;
  windows: WindowsFacts | null;
  findings: Finding[];
  /** One plain English sentence for the verdict (optional; added by the engine, not in the CLI's JSON). */
  summary?: string;
  /** The El Torito boot platforms (`bios`, `uefi`) of a bootable image (optional). */
  boot?: string[];
}
