// The bundled rules are validated when the extension is built, not each time the service worker
// starts (it starts on every navigation). A bundled file that fails the rules schema fails the
// build, naming the file and field; so does one the schema would change (a host in capitals or
// in Unicode rather than punycode), since the worker uses the file exactly as written, less
// the fields only people read (the public source of each host, a format's note, a customer
// namespace's service and source): the worker never reads them, and it starts on every navigation.
import { isDeepStrictEqual } from 'node:util';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { parseRulesData } from '../src/rules/data/rules-data-schema.ts';

const BUNDLED_RULES = /[\\/]src[\\/]rules[\\/]data[\\/][^\\/]+\.json$/;

/** The problem with one bundled rules file, or null when the worker may trust it as written. */
export function bundledRulesProblem(text: string, source: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `${source}: not JSON (${String(error)})`;
  }
  try {
    const parsed = parseRulesData(data, source);
    if (!isDeepStrictEqual(parsed, data)) return `${source}: not in the schema's own form (unknown fields, or a host not lowercase punycode): write it as the schema reads it`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return null;
}

/** The rules data without the fields only people read; every rule the worker uses is kept. */
export function withoutNotes(data: Record<string, unknown>): Record<string, unknown> {
  const { hostSources: _sources, ...out } = data;
  const types = out.fileTypes;
  if (types && typeof types === 'object') {
    const { diskImageNotes: _notes, ...kept } = types as Record<string, unknown>;
    out.fileTypes = kept;
  }
  if (Array.isArray(out.customerNamespaces)) {
    out.customerNamespaces = (out.customerNamespaces as Record<string, unknown>[]).map(({ suffix, customer }) => ({ suffix, customer }));
  }
  return out;
}

export function rulesDataPlugin(): Plugin {
  return {
    name: 'iso-guard:rules-data',
    enforce: 'pre',
    transform(code, id) {
      if (!BUNDLED_RULES.test(id)) return null;
      const problem = bundledRulesProblem(code, relative(process.cwd(), id));
      if (problem) this.error(problem);
      return { code: JSON.stringify(withoutNotes(JSON.parse(code) as Record<string, unknown>)), map: null };
    },
  };
}
