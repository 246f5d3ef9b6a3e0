// Collects the signals found for one download and turns them into a verdict.
import { REASONS, isReasonCode, type ReasonCode } from './reason-codes.ts';
import { SEVERITY, type Reason, type Verdict, type VerdictKind } from './types.ts';

const GENERIC_LURE = 'It uses words known from fake Windows downloads.';

export class Findings {
  private readonly found = new Map<string, VerdictKind>();
  /** True once a signal strong enough to judge a file that is not a disk image was found. */
  trigger = false;

  add(code: ReasonCode, trigger: boolean): void {
    this.addAny(code, REASONS[code].verdict, trigger);
  }

  /** For codes from rules data (lures), which may be new to this version of the code. */
  addAny(code: string, verdict: VerdictKind, trigger: boolean): void {
    const old = this.found.get(code);
    if (old === undefined || SEVERITY[verdict] > SEVERITY[old]) this.found.set(code, verdict);
    if (trigger) this.trigger = true;
  }

  has(code: string): boolean {
    return this.found.has(code);
  }

  get size(): number {
    return this.found.size;
  }

  /** Keeps only the given codes (a user-trusted site keeps only file-name tricks). */
  keepOnly(codes: readonly ReasonCode[]): boolean {
    let dropped = false;
    for (const code of [...this.found.keys()]) {
      if (!codes.includes(code as ReasonCode)) {
        this.found.delete(code);
        dropped = true;
      }
    }
    return dropped;
  }

  /** The worst verdict among the signals, reasons worst first. */
  verdict(floor: VerdictKind): Verdict {
    let verdict = floor;
    const entries = [...this.found.entries()];
    for (const [, kind] of entries) if (SEVERITY[kind] > SEVERITY[verdict]) verdict = kind;
    entries.sort((a, b) => SEVERITY[b[1]] - SEVERITY[a[1]]);
    return { verdict, reasons: entries.map(([code]) => describe(code)) };
  }
}

function describe(code: string): Reason {
  return { code, detail: isReasonCode(code) ? REASONS[code].detail : GENERIC_LURE };
}
