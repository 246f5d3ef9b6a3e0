// The public suffix of a host name from the ICANN rules of the Public Suffix List, given as the
// list writes them. tldts (which the rules use everywhere else) compiles its list into its code
// and cannot take one later; the service worker loads the rules of the few top-level domains
// that have deeper ones only when it first meets such a host, so it needs a lookup over rules it
// was handed. It answers as tldts-icann does, label for label (scripts/icann-suffixes.test.ts
// compares the two on every rule of the list): an exception drops its own first label; else the longest rule
// that matches, a `*` standing for any one label where no rule names it; else the last label.

/** Where the extension's build ships a deep top-level domain's rules, beside the worker: one
 * file per domain (`suffixes/jp.json`), so a host under .pl reads .pl's 209 rules, not all 5,992. */
export const suffixRulesFile = (tld: string): string => `suffixes/${tld}.json`;

/** The rules and exceptions under one top-level domain. */
export function tablesUnder(tables: Pick<IcannTables, 'rules' | 'exceptions'>, tld: string): Pick<IcannTables, 'rules' | 'exceptions'> {
  const under = (rule: string): boolean => rule === tld || rule.endsWith(`.${tld}`);
  return { rules: tables.rules.filter(under), exceptions: tables.exceptions.filter(under) };
}

export interface IcannTables {
  /** Top-level domains with rules below them (uk for co.uk, jp for *.kawasaki.jp). */
  deepTlds: readonly string[];
  /** Every rule under those top-level domains, as the list writes them ("co.uk", "*.ck"). */
  rules: readonly string[];
  /** The list's exceptions without their "!" ("www.ck"). */
  exceptions: readonly string[];
}

interface Node {
  terminal: boolean;
  children: Map<string, Node>;
}

function trieOf(rules: readonly string[]): Node {
  const root: Node = { terminal: false, children: new Map() };
  for (const rule of rules) {
    let node = root;
    for (const label of rule.split('.').reverse()) {
      let child = node.children.get(label);
      if (!child) node.children.set(label, (child = { terminal: false, children: new Map() }));
      node = child;
    }
    node.terminal = true;
  }
  return root;
}

/** How many labels, from the right, the longest rule matching `labels` covers (0: none). */
function matchedLabels(root: Node, labels: readonly string[]): number {
  let node = root;
  let matched = 0;
  for (let i = labels.length - 1; i >= 0; i -= 1) {
    const next = node.children.get(labels[i] ?? '') ?? node.children.get('*');
    if (!next) break;
    node = next;
    if (node.terminal) matched = labels.length - i;
  }
  return matched;
}

/** The public suffix of `hostname` (lowercase, as tldts is given it) under the tables' rules. */
export function icannSuffixLookup(tables: Pick<IcannTables, 'rules' | 'exceptions'>): (hostname: string) => string {
  const rules = trieOf(tables.rules);
  const exceptions = trieOf(tables.exceptions);
  return (hostname) => {
    const labels = hostname.split('.');
    const exception = matchedLabels(exceptions, labels);
    if (exception > 0) return labels.slice(labels.length - exception + 1).join('.');
    const rule = matchedLabels(rules, labels);
    return rule > 0 ? labels.slice(labels.length - rule).join('.') : labels[labels.length - 1] ?? '';
  };
}
