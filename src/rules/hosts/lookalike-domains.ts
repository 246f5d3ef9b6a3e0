// Does a host name imitate Microsoft? Typosquats (micros0ft, rnicrosoft), combosquats
// (microsoft-download.net), homographs (Cyrillic о in microsоft) and subdomain tricks
// (microsoft.com-download.info). Brands, protected domains and risk words come from the data.
//
// False-positive lesson from other detectors: a brand inside a bigger word is not enough for a
// weak brand ("windowscentral" is a news site), so "windows" needs a risk word or a number next
// to it, and big shared hosts (their own names hold no brand) are judged by the file.
import { boundedEditDistance, foreignLetters } from '../text/edit-distance.ts';
import { foldText } from '../text/normalize-text.ts';
import { mixesScripts } from '../text/script-mix.ts';
import { decodePunycodeLabel } from '../text/punycode.ts';

export interface Brand {
  name: string;
  folded: string;
  /** Bit mask of the letters in `folded` (edit-distance.ts letterMask). */
  mask: number;
  typoDistance: number;
  combo: 'any' | 'risk-terms' | 'none';
}

/** A tool people get Windows media with, and its home sites (lookalike-targets.json `tools`). */
export interface ToolSite {
  name: string;
  homes: readonly string[];
}

export interface LookalikeRules {
  brands: readonly Brand[];
  protectedDomains: readonly string[];
  tools: readonly ToolSite[];
  /** One scan for any tool's name, and for any tool's home before a dot or hyphen (toolHints):
   * most hosts hold neither, and are not read tool by tool. */
  toolNames: RegExp | null;
  toolHomes: RegExp | null;
  /** Folded risk words of 4+ letters, matched inside the leftover text. */
  riskLong: readonly string[];
  /** Folded short risk words, matched as whole words only. */
  riskShort: ReadonlySet<string>;
}

export type LookalikeCode = 'lookalike-domain' | 'homograph-domain' | 'subdomain-trick' | 'mixed-script-domain' | 'tool-site-impostor' | 'tool-homograph-domain';

/**
 * Folds the typing tricks of typosquats: rn→m, vv→w, l→i, and digits between letters to the
 * letter they imitate (micr0soft). Digits elsewhere stay, since "windows11" carries a number.
 */
export function foldTypos(label: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    const next = label.charCodeAt(i + 1); // NaN past the end
    let replacement = '';
    let skip = 0;
    if ((c === 114 && next === 110) || (c === 118 && next === 118)) {
      replacement = c === 114 ? 'm' : 'w'; // rn → m, vv → w
      skip = 1;
    } else if (c === 108) replacement = 'i'; // l → i
    else if (c >= 48 && c <= 57 && isLetter(label.charCodeAt(i - 1)) && isLetter(next)) replacement = DIGIT_LETTERS[c - 48] ?? '';
    if (replacement === '') continue;
    out += label.slice(from, i) + replacement;
    i += skip;
    from = i + 1;
  }
  return from === 0 ? label : out + label.slice(from);
}
const isLetter = (c: number): boolean => c >= 97 && c <= 122;
/** What a digit between letters imitates, by digit: 0→o, 1→i, 3→e, 4→a, 5→s, 7→t, 8→b. */
const DIGIT_LETTERS = ['o', 'i', '', 'e', 'a', 's', '', 't', 'b', ''];

/** Cheap test first: more letters foreign to the brand than allowed edits rules a typo out. */
function isTypo(word: string, brand: Brand): boolean {
  if (brand.typoDistance === 0 || Math.abs(word.length - brand.folded.length) > brand.typoDistance) return false;
  if (foreignLetters(word, brand.mask, brand.typoDistance) > brand.typoDistance) return false;
  return boundedEditDistance(word, brand.folded, brand.typoDistance) <= brand.typoDistance;
}

/** Which brand a folded label imitates, if any. */
function imitatedBrand(label: string, rules: LookalikeRules): Brand | null {
  const parts = label.includes('-') ? label.split('-') : null;
  for (const brand of rules.brands) {
    if (label === brand.folded) return brand;
    if (isTypo(label, brand)) return brand;
    if (brand.combo === 'none') continue;
    const at = label.indexOf(brand.folded);
    if (at >= 0 && comboRisk(label.slice(0, at) + '-' + label.slice(at + brand.folded.length), brand, rules)) return brand;
    if (!parts || brand.typoDistance === 0) continue;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] ?? '';
      if (!isTypo(part, brand)) continue;
      const rest = parts.filter((_, k) => k !== i).join('-');
      if (comboRisk(rest, brand, rules)) return brand;
    }
  }
  return null;
}

function comboRisk(leftover: string, brand: Brand, rules: LookalikeRules): boolean {
  if (brand.combo === 'any') return true;
  if (/[0-9]/.test(leftover)) return true;
  for (const term of rules.riskLong) if (leftover.includes(term)) return true;
  for (const word of leftover.split(/[^a-z]+/)) if (rules.riskShort.has(word)) return true;
  return false;
}

/** Checks a host that is neither Microsoft's nor allowlisted. `domain` is its registrable domain. */
export function lookalikeSignal(host: string, domain: string | null, shared: boolean, rules: LookalikeRules): LookalikeCode | null {
  const microsoft = microsoftSignal(host, domain, shared, rules);
  if (microsoft !== null && microsoft !== 'mixed-script-domain') return microsoft;
  return toolSiteSignal(host, domain, rules) ?? microsoft;
}

function microsoftSignal(host: string, domain: string | null, shared: boolean, rules: LookalikeRules): LookalikeCode | null {
  for (const protectedDomain of rules.protectedDomains) {
    if (embedsDomain(host, protectedDomain) && domain !== protectedDomain) return 'subdomain-trick';
  }
  if (!domain) return null;
  const dot = domain.indexOf('.');
  const verdict = labelSignal(dot > 0 ? domain.slice(0, dot) : domain, rules, false);
  if (verdict) return verdict;
  if (shared || host.length === domain.length) return null;
  // A strong brand as a subdomain of an unrelated site: microsoft-download.example.ru.
  for (const label of host.slice(0, host.length - domain.length - 1).split('.')) {
    if (labelSignal(label, rules, true)) return 'subdomain-trick';
  }
  return null;
}

/** The labels a customer chose under a Microsoft parent, each read as a site's own name. */
export function customerNameSignal(name: string, rules: LookalikeRules): LookalikeCode | null {
  let weak: LookalikeCode | null = null;
  for (const label of name.split('.')) {
    const signal = labelSignal(label, rules, false) ?? toolLabelSignal(label, null, rules);
    if (signal === 'mixed-script-domain') weak = signal;
    else if (signal) return signal;
  }
  return weak;
}

/** A label as the Latin text it shows: a punycode label decoded and its look-alike letters folded. */
function readLabel(label: string): { ascii: string; homograph: boolean; mixed: boolean } | null {
  if (!label.startsWith('xn--')) return { ascii: label, homograph: false, mixed: false };
  const unicode = decodePunycodeLabel(label.slice(4));
  if (unicode === null) return null;
  // Dashes of other kinds (U+2010 …) read as the hyphen they imitate: microsoft‐download.
  const ascii = foldText(unicode).replace(/\p{Pd}/gu, '-');
  const mixed = mixesScripts(unicode);
  if (!/[^a-z0-9-]/.test(ascii)) return { ascii, homograph: true, mixed };
  // Letters with no Latin look-alike: in a label that mixes scripts they decorate a Latin name
  // (mcrosoftҡ), so the name is read without them; else the label is another script's word.
  return mixed ? { ascii: ascii.replace(/[^a-z0-9-]/g, ''), homograph: true, mixed } : null;
}

function labelSignal(label: string, rules: LookalikeRules, strongOnly: boolean): LookalikeCode | null {
  const read = readLabel(label);
  if (!read) return null;
  const brand = imitatedBrand(foldTypos(read.ascii), rules);
  if (brand && (!strongOnly || brand.combo === 'any')) return read.homograph ? 'homograph-domain' : 'lookalike-domain';
  if (read.mixed && !strongOnly) return 'mixed-script-domain';
  return null;
}

/**
 * A site named for a Windows media tool that is not the tool's home: rufus-download.com,
 * ventoy-app.com, getrufus.net, rufus.ie.download-now.site, and spelt with another alphabet's
 * letters, xn--venty-mye.net (ventоy.net). Only the site's own name counts: a portal's page for
 * the tool (rufus.en.softonic.com) is named for the portal.
 */
function toolSiteSignal(host: string, domain: string | null, rules: LookalikeRules): LookalikeCode | null {
  if (!domain) return null;
  const embedsHome = rules.toolHomes?.test(host) && rules.tools.some((tool) => tool.homes.some((home) => embedsDomain(host, home) && domain !== home));
  if (embedsHome) return 'tool-site-impostor';
  const dot = domain.indexOf('.');
  return toolLabelSignal(dot > 0 ? domain.slice(0, dot) : domain, domain, rules);
}

function toolLabelSignal(label: string, domain: string | null, rules: LookalikeRules): LookalikeCode | null {
  const names = rules.toolNames;
  // A plain label without any tool's name is the common case: it is not read (decoded) again.
  if (!names || (!label.startsWith('xn--') && !names.test(label.replace(/-/g, '')))) return null;
  const read = readLabel(label);
  const tool = read && names.test(read.ascii.replace(/-/g, '')) ? namedTool(read.ascii, rules) : null;
  if (!read || !tool || (domain !== null && tool.homes.includes(domain))) return null;
  return read.homograph ? 'tool-homograph-domain' : 'tool-site-impostor';
}

/**
 * The tool a label is named for: its name where a word of the label starts (`ventoy-app`,
 * `ventoypro`, `win32-disk-imager`), or right after a risk word there (`getrufus`,
 * `download-ntlite`). Inside a word it is another word's letters (`sketcher` is no etcher).
 */
function namedTool(label: string, rules: LookalikeRules): ToolSite | null {
  const words = label.split('-');
  const compact = words.join('');
  const starts: number[] = [];
  for (let at = 0, i = 0; i < words.length; at += words[i]!.length, i++) starts.push(at);
  for (const tool of rules.tools) {
    for (let at = compact.indexOf(tool.name); at >= 0; at = compact.indexOf(tool.name, at + 1)) {
      const start = starts.findLast((s) => s <= at) ?? 0;
      const before = compact.slice(start, at);
      if (before === '' || rules.riskShort.has(before) || rules.riskLong.includes(before)) return tool;
    }
  }
  return null;
}

/** The tool a file's name names (its letters and digits, run together, hold the tool's name). */
export function toolNamedInFile(foldedName: string, rules: LookalikeRules): ToolSite | null {
  if (rules.tools.length === 0) return null;
  const compact = foldedName.replace(/[^a-z0-9]+/g, '');
  return rules.toolNames?.test(compact) ? (rules.tools.find((tool) => compact.includes(tool.name)) ?? null) : null;
}

/** One of the tool table's home sites (rufus.ie, uupdump.net). */
export function isToolHome(domain: string, rules: LookalikeRules): boolean {
  return rules.tools.some((tool) => tool.homes.includes(domain));
}

/** The two scans of LookalikeRules (`toolNames`, `toolHomes`) for a table of tools. */
export function toolHints(tools: readonly ToolSite[]): Pick<LookalikeRules, 'toolNames' | 'toolHomes'> {
  const homes = tools.flatMap((tool) => tool.homes).map((home) => home.replace(/[.-]/g, '\\$&'));
  return {
    toolNames: tools.length > 0 ? new RegExp(tools.map((tool) => tool.name).join('|')) : null,
    toolHomes: homes.length > 0 ? new RegExp(`(?:${homes.join('|')})[.-]`) : null,
  };
}

/** A site's own name one typing slip from the tool's (rvfus.ie for rufus.ie, sysintemals.com
 * with an m for the rn of sysinternals), and not its home. */
export function typoOfTool(domain: string, tool: ToolSite): boolean {
  if (tool.homes.includes(domain)) return false;
  const dot = domain.indexOf('.');
  const label = (dot > 0 ? domain.slice(0, dot) : domain).replace(/-/g, '');
  if (label === tool.name) return false;
  const [typed, name] = [foldTypos(label), foldTypos(tool.name)];
  return Math.abs(typed.length - name.length) <= 1 && boundedEditDistance(typed, name, 1) <= 1;
}

/** `microsoft.com` standing as whole labels at the start of, or inside, a longer host. */
function embedsDomain(host: string, target: string): boolean {
  let at = host.indexOf(target);
  while (at >= 0) {
    const before = at === 0 ? '.' : host[at - 1];
    const after = host[at + target.length];
    if (before === '.' && (after === '.' || after === '-')) return true;
    at = host.indexOf(target, at + 1);
  }
  return false;
}
