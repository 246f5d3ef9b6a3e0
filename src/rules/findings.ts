// Collects the signals found for one download and turns them into a verdict.
import { REASONS, isReasonCode, type ReasonCode } from './reason-codes.ts';
import { SEVERITY, type Reason, type Verdict, type VerdictKind } from './types.ts';

const GENERIC_LURE = 'It uses words known from fake Windows downloads.';

// Few signals per download: two small arrays beat a Map.
export class Findings {
  private readonly codes: string[] = [];
  private readonly kinds: VerdictKind[] = [];
  /** True once a signal strong enough to judge a file that is not a disk image was found. */
  trigger = false;

  add(code: ReasonCode, trigger: boolean): void {
    this.addAny(code, REASONS[code].verdict, trigger);
  }

  /** For codes from rules data (lures), which may be new to this version of the code. */
  addAny(code: string, verdict: VerdictKind, trigger: boolean): void {
    const at = this.codes.indexOf(code);
    if (at < 0) {
      this.codes.push(code);
      this.kinds.push(verdict);
    } else if (SEVERITY[verdict] > SEVERITY[this.kinds[at] ?? 'ignored']) this.kinds[at] = verdict;
    if (trigger) this.trigger = true;
  }

  has(code: string): boolean {
    return this.codes.includes(code);
  }

  get size(): number {
    return this.codes.length;
  }

  /** Keeps only the given codes (a user-trusted site keeps only file-name tricks). */
  keepOnly(keep: readonly ReasonCode[]): boolean {
    const before = this.codes.length;
    for (let i = this.codes.length - 1; i >= 0; i--) {
      if (!keep.includes(this.codes[i] as ReasonCode)) {
        this.codes.splice(i, 1);
        this.kinds.splice(i, 1);
      }
    }
    return this.codes.length !== before;
  }

  /** The worst verdict among the signals, reasons worst first (found order within a level). */
  verdict(floor: VerdictKind): Verdict {
    const kinds = this.kinds;
    let worst = SEVERITY[floor];
    let verdict = floor;
    for (const kind of kinds) {
      if (SEVERITY[kind] > worst) {
        worst = SEVERITY[kind];
        verdict = kind;
      }
    }
    const reasons: Reason[] = [];
    for (let level = worst; level >= 0; level--) {
      for (let i = 0; i < kinds.length; i++) {
        if (SEVERITY[kinds[i] as VerdictKind] === level) reasons.push(describe(this.codes[i] as string));
      }
    }
    return { verdict, reasons };
  }
}

function describe(code: string): Reason {
  return { code, detail: isReasonCode(code) ? REASONS[code].detail : GENERIC_LURE };
}
