// Modules the build writes (scripts/icann-suffixes-plugin.ts).
declare module 'virtual:icann-deep-tlds' {
  /** The top-level domains that have ICANN rules below them, from tldts-icann's list. */
  const deepTlds: readonly string[];
  export default deepTlds;
}
