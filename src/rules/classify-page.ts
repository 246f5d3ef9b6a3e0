// The popup's status for the current tab (and the page protection's verdict on a navigation).
// What the *site* is decides the verdict; what a page *says* does not: a news article, a search
// for "windows 12 iso" or a forum thread on an ordinary site mentions the lure and stays
// `unknown`, with `page-mentions-lure` so the popup can add a calm note.
// Site-level evidence: a look-alike, homograph, combosquat, subdomain or userinfo trick, a host
// name that itself sells a fake Windows, a known-bad, policy- or user-blocked site.
import { addHostSignals, addHostLures, pathText, sideOf } from './download-sides.ts';
import { findLures } from './files/lure-terms.ts';
import { Findings } from './findings.ts';
import { reason } from './reason-codes.ts';
import type { Ruleset } from './ruleset/ruleset.ts';
import type { Verdict } from './types.ts';

const NOT_A_WEB_PAGE: Verdict = { verdict: 'ignored', reasons: [] };

export function classifyPage(pageUrl: string, ruleset: Ruleset): Verdict {
  try {
    const side = sideOf(pageUrl, ruleset);
    // chrome:, about:, file:, extension pages and anything unreadable are not web pages.
    if (!side || (side.parts.scheme !== 'https' && side.parts.scheme !== 'http') || !side.facts) return NOT_A_WEB_PAGE;
    const facts = side.facts;
    if (facts.official || facts.officialPage) {
      return side.parts.scheme === 'https'
        ? { verdict: 'official', reasons: [reason('official-source')] }
        : { verdict: 'unknown', reasons: [reason('insecure-official')] };
    }
    if (facts.list === 'user-allow') return { verdict: 'unknown', reasons: [reason('user-allowlisted')] };
    const findings = new Findings();
    addHostSignals(side, findings, true, ruleset);
    addHostLures(side, findings);
    if (findings.size > 0) return findings.verdict('unknown');
    // Only words in the path or query: the page talks about a lure, the site is not one.
    if (findLures(pathText(side), ruleset.rules.lures).length > 0) {
      return { verdict: 'unknown', reasons: [reason('page-mentions-lure')] };
    }
    return { verdict: 'unknown', reasons: [] };
  } catch {
    return { verdict: 'unknown', reasons: [] };
  }
}
