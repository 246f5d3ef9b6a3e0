// Layers several rules files into one: lists are joined, named patterns and settings of a later
// file replace an earlier file's. The bundled data is split by concept into several files.
import type { RulesData } from './rules-data-schema.ts';

type Lists = Pick<RulesData, 'officialHosts' | 'officialPageDomains' | 'allowlist' | 'blocklist' | 'sharedHosts' | 'fileSharingHosts'>;

function join<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] | undefined {
  if (!a) return b ? [...b] : undefined;
  if (!b) return [...a];
  return [...a, ...b];
}

export function mergeRulesData(parts: readonly RulesData[]): RulesData {
  const [first, ...rest] = parts;
  if (!first) throw new Error('mergeRulesData needs at least one part');
  let merged: RulesData = { ...first };
  for (const part of rest) {
    const lists: Lists = {};
    for (const key of ['officialHosts', 'officialPageDomains', 'allowlist', 'blocklist', 'sharedHosts', 'fileSharingHosts'] as const) {
      const joined = join(merged[key], part[key]);
      if (joined) lists[key] = joined;
    }
    merged = {
      ...merged,
      ...lists,
      fileTypes: mergeObjects(merged.fileTypes, part.fileTypes),
      lookalike: mergeObjects(merged.lookalike, part.lookalike),
      text: mergeText(merged.text, part.text),
      ...(merged.hostSources || part.hostSources ? { hostSources: { ...merged.hostSources, ...part.hostSources } } : {}),
      ...(merged.customerNamespaces || part.customerNamespaces ? { customerNamespaces: join(merged.customerNamespaces, part.customerNamespaces) } : {}),
    };
  }
  return merged;
}

// Arrays inside a section are joined; anything else from the later part wins.
function mergeObjects<T extends object>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a || !b) return a ?? b;
  const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
  for (const [key, value] of Object.entries(b)) {
    const old = out[key];
    out[key] = Array.isArray(old) && Array.isArray(value) ? [...(old as unknown[]), ...(value as unknown[])] : value;
  }
  return out as T;
}

function mergeText(a: RulesData['text'], b: RulesData['text']): RulesData['text'] {
  const merged = mergeObjects(a, b);
  if (merged && a?.contexts && b?.contexts) merged.contexts = { ...a.contexts, ...b.contexts };
  return merged;
}
