// The one place the inspector takes knowledge from the download rules: the activator names and
// the Windows 12 claims are the rules' own patterns, read through the rules' own word splitting,
// so a name the rules call an activator is one here too.
import lureTerms from '../../rules/data/lure-terms.json' with { type: 'json' };
import { foldWords, tokenize } from '../../rules/text/normalize-text.ts';

const lures = lureTerms.text.lures as { code: string; pattern: string; context?: string[] }[];
// Patterns that need a Windows word beside them ("loader", "crack") are left out: inside an
// image, a boot loader folder is no activator.
const patterns = (code: string): RegExp[] => lures.filter((l) => l.code === code && !l.context).map((l) => new RegExp(l.pattern));

const ACTIVATOR = patterns('lure-activator');
const WINDOWS_12 = patterns('lure-windows-12');
/** Beyond 12, no Windows exists either (the rules only warn of 12). */
const LATER_WINDOWS = /\b(?:windows|win) ?(1[3-9])\b/;

const WINDOWS_CLAIM = new RegExp(lureTerms.text.windowsClaim);

/** The words the rules read in a name: "KMS_VL_ALL.cmd" → "kms vl all cmd ". */
export const wordsOf = (name: string): string => tokenize(foldWords(name));

export const isActivatorName = (name: string): boolean => ACTIVATOR.some((p) => p.test(wordsOf(name)));

/** "Windows 12" (or a later number) when `text` claims a Windows that does not exist, else null. */
export function claimedWindows(text: string): string | null {
  const words = wordsOf(text);
  if (WINDOWS_12.some((p) => p.test(words))) return 'Windows 12';
  const later = LATER_WINDOWS.exec(words);
  return later ? `Windows ${later[1]}` : null;
}

/** Whether a name or label says it is Windows at all (the rules' own test). */
export const mentionsWindows = (text: string): boolean => WINDOWS_CLAIM.test(wordsOf(text));
