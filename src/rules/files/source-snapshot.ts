// A source snapshot: the files of a repository, packed by its code host on request (GitHub's
// "Download ZIP" and tag archives, served from codeload.github.com; GitLab's, Bitbucket's and
// Codeberg's the same). A modified-build word in its name ("Win11Debloat", "tiny11-tweaks")
// names a script project that changes Windows, not a Windows build: what a code host packs from
// a repository holds no install media under the image bar. Activator words still count: the
// snapshot's files run on the user's machine all the same.
import type { Side } from '../download-sides.ts';
import { isToolHome, type LookalikeRules } from '../hosts/lookalike-domains.ts';

/**
 * The code hosts and their snapshot addresses, as each documents them:
 * github.com/<o>/<r>/archive/<ref>.zip and codeload.github.com/<o>/<r>/zip/<ref>
 * (docs.github.com, "Downloading source code archives"), gitlab.com/<o>/<r>/-/archive/<ref>/…
 * (docs.gitlab.com, repository API "Get file archive"), bitbucket.org/<o>/<r>/get/<ref>.zip,
 * codeberg.org/<o>/<r>/archive/<ref>.zip (Forgejo's archive route).
 */
const CODE_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org']);
const SNAPSHOT_PATH = /^\/[^/?#]+\/[^/?#]+\/(?:archive\/|-\/archive\/|get\/|(?:zip|tar\.gz|legacy\.zip|legacy\.tar\.gz)\/)/i;

/** True when the address is a code host's snapshot of a repository. */
export function isSourceSnapshot(side: Side | null): boolean {
  const domain = side?.facts?.domain;
  return domain != null && CODE_HOSTS.has(domain) && SNAPSHOT_PATH.test(side?.parts.rest ?? '');
}

/** True when the address is on the own site of a Windows media tool (the tool table's homes, not
 * Microsoft's): what it serves under the image bar is the tool's own package, named for the
 * Windows it makes (UUP dump's `26100.2605_arm64_en-us_professional_…_convert.zip`), as a
 * project's snapshot is named for the Windows it changes. */
export function isToolsOwnPackage(side: Side | null, rules: LookalikeRules): boolean {
  const facts = side?.facts;
  return !!facts && facts.domain !== null && !facts.official && !facts.officialPage && isToolHome(facts.domain, rules);
}
