// The popup's status for the current tab: is this Microsoft, a known or look-alike bad site,
// a lure page, or an ordinary page? Uses the same host facts and lure words as downloads.
import { addHostSignals, addressLures, sideOf } from './download-sides.ts';
import { Findings } from './findings.ts';
import { reason } from './reason-codes.ts';
import type { Ruleset } from './ruleset/ruleset.ts';
import type { Verdict } from './types.ts';

export function classifyPage(pageUrl: string, ruleset: Ruleset): Verdict {
  try {
    const side = sideOf(pageUrl, ruleset);
    // chrome:, about:, file:, extension pages and anything unreadable are not web pages.
    if (!side || (side.parts.scheme !== 'https' && side.parts.scheme !== 'http') || !side.facts) {
      return { verdict: 'ignored', reasons: [] };
    }
    const facts = side.facts;
    if (facts.official || facts.officialPage) {
      return side.parts.scheme === 'https'
        ? { verdict: 'official', reasons: [reason('official-source')] }
        : { verdict: 'unknown', reasons: [reason('insecure-official')] };
    }
    if (facts.list === 'user-allow') return { verdict: 'unknown', reasons: [reason('user-allowlisted')] };
    const findings = new Findings();
    addHostSignals(side, findings, true);
    for (const lure of addressLures(side, ruleset)) {
      findings.addAny(lure.code, lure.severity, true);
    }
    return findings.verdict('unknown');
  } catch {
    return { verdict: 'unknown', reasons: [] };
  }
}
