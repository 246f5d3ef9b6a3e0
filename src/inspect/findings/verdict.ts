// The overall answer from the findings, with the sentence that goes with it.
import type { Finding, InspectionVerdict } from '../types.ts';

const CHANGES = new Set(['answer-file', 'setup-scripts', 'activator', 'unexpected-programs', 'recaptured-image']);

export function imageVerdict(findings: Finding[], hasWindows: boolean): InspectionVerdict {
  if (!hasWindows) return 'not-windows';
  const labelClaim = findings.some((f) => f.code === 'claims-windows-12' && f.args?.[1] === 'label');
  return labelClaim || findings.some((f) => CHANGES.has(f.code)) ? 'modified' : 'no-sign-of-change';
}

export function verdictSummary(verdict: InspectionVerdict, findings: Finding[]): string {
  switch (verdict) {
    case 'no-sign-of-change':
      return "No sign of change was found in this Windows image. That is not proof: only a SHA-256 that matches Microsoft's published one proves an image unmodified.";
    case 'modified':
      return 'This Windows image was changed after Microsoft made it: see what was found. Do not install it unless you made those changes yourself.';
    case 'not-windows':
      return findings.some((f) => f.code === 'lone-program' || f.code === 'claims-windows-12')
        ? 'This disk image holds no Windows setup, whatever its name says. Do not run what is inside.'
        : 'This disk image holds no Windows setup.';
    case 'not-a-disk-image':
      return findings.find((f) => f.code === 'not-a-disk-image')?.detail ?? 'This file is no disk image.';
    case 'unreadable':
      return `ISO Guard could not read this file: ${findings.find((f) => f.code === 'unreadable')?.detail ?? 'reason unknown'}`;
  }
}
