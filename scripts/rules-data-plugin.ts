// The bundled rules are validated when the extension is built, not each time the service worker
// starts (it starts on every navigation). A bundled file that fails the rules schema fails the
// build, naming the file and field; so does one the schema would change (a host in capitals or
// in Unicode rather than punycode), since the worker uses the file exactly as written.
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

export function rulesDataPlugin(): Plugin {
  return {
    name: 'iso-guard:rules-data',
    enforce: 'pre',
    transform(code, id) {
      if (!BUNDLED_RULES.test(id)) return null;
      const problem = bundledRulesProblem(code, relative(process.cwd(), id));
      if (problem) this.error(problem);
      return null;
    },
  };
}
