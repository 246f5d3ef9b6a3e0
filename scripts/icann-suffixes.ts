// The ICANN section of the Public Suffix List as ISO Guard's service worker reads it: the rules
// under the top-level domains that have deeper rules (co.uk, *.kawasaki.jp, !city.kawasaki.jp),
// read out of tldts-icann's own trie so the worker judges with exactly the list the rules' tests
// and the pages use. Every other top-level domain is its own public suffix, so the worker starts
// with only the names of the 213 or so "deep" ones and loads the rest the first time a host
// under one of them is judged (src/background/state/public-suffix-lazy.ts).
import * as trie from 'tldts-icann/dist/es6/src/data/trie.js';
import type { IcannTables } from '../src/rules/hosts/icann-tables.ts';

interface FlatTrie {
  nodeFlags: Uint8Array;
  edgeStart: ArrayLike<number>;
  edgeLength: ArrayLike<number>;
  edgeChild: ArrayLike<number>;
  labelText: string;
  rulesRoot: number;
  exceptionsRoot: number;
}

const TERMINAL = 1;

/** Every rule under `root`, each as the list writes it (labels left to right). */
function rulesUnder(t: FlatTrie, root: number, labelOffset: number[]): string[] {
  const out: string[] = [];
  const visit = (node: number, path: string[]): void => {
    for (let edge = t.edgeStart[node] ?? 0; edge < (t.edgeStart[node + 1] ?? 0); edge += 1) {
      const start = labelOffset[edge] ?? 0;
      const label = t.labelText.slice(start, start + (t.edgeLength[edge] ?? 0));
      const child = t.edgeChild[edge] ?? 0;
      const labels = [label, ...path];
      if (((t.nodeFlags[child] ?? 0) & TERMINAL) !== 0) out.push(labels.join('.'));
      visit(child, labels);
    }
  };
  visit(root, []);
  return out;
}

/** The tables the worker needs, from tldts-icann's trie. */
export function icannSuffixTables(t: FlatTrie = trie as unknown as FlatTrie): IcannTables {
  // Each edge's label starts where the one before it ends (tldts derives this at load too).
  const labelOffset: number[] = [];
  for (let edge = 0, offset = 0; edge < t.edgeLength.length; edge += 1) {
    labelOffset.push(offset);
    offset += t.edgeLength[edge] ?? 0;
  }
  const rules = rulesUnder(t, t.rulesRoot, labelOffset);
  const exceptions = rulesUnder(t, t.exceptionsRoot, labelOffset);
  const tldOf = (rule: string): string => rule.slice(rule.lastIndexOf('.') + 1);
  const deep = new Set([...rules.filter((r) => r.includes('.')).map(tldOf), ...exceptions.map(tldOf)]);
  return {
    deepTlds: [...deep].sort(),
    rules: rules.filter((r) => deep.has(tldOf(r))).sort(),
    exceptions: exceptions.sort(),
  };
}
