// Signals from what a file name claims: an official Microsoft file name away from Microsoft,
// a Windows image from elsewhere or far too small, a program or archive posing as Windows.
import { mayHoldPieces } from './claim-anchors.ts';
import type { CompiledRules } from '../ruleset/compile-rules.ts';
import type { FileFacts } from './file-name.ts';
import type { Findings } from '../findings.ts';
import type { Lure } from './lure-terms.ts';
import { foldWords, tokenize } from '../text/normalize-text.ts';

export function addNameSignals(
  file: FileFacts,
  folded: string,
  nameLures: readonly Lure[],
  totalBytes: unknown,
  fromMicrosoft: boolean,
  rules: CompiledRules,
  findings: Findings,
): void {
  if (file.name === '') return;
  const names = rules.names;
  const officialName = names.officialFileNames?.test(folded) ?? false;
  // Only a name holding a claim pattern's pieces ("win" and "7", "w" and "1" …) can claim
  // Windows; the others (most) skip the word split and the claim patterns.
  const mayClaim = officialName || mayHoldPieces(folded, names.claimPieces);
  const words = mayClaim ? tokenize(foldWords(file.name, folded)) : '';
  const excluded = mayClaim && (names.windowsImageExclude?.test(words) ?? false);
  const claimsWindows = mayClaim && !excluded && (officialName || (names.windowsClaim?.test(words) ?? false));
  const claimsNewWindows = nameLures.some((lure) => lure.code === 'lure-windows-12' || lure.code === 'lure-codename');

  if (!fromMicrosoft) {
    if (officialName) findings.add('official-name-unofficial-host', true);
    else if (file.kind === 'disk-image' && claimsWindows) findings.add('windows-image-unofficial-host', false);
    const posesAsWindows = claimsNewWindows || (claimsWindows && (names.executableClaim?.test(words) ?? false));
    if (file.kind === 'executable' && posesAsWindows && !officialName) findings.add('executable-claims-windows', true);
    if (file.kind === 'archive' && posesAsWindows) findings.add('archive-claims-windows', true);
  }

  const size = typeof totalBytes === 'number' ? totalBytes : -1;
  const claimsModernWindows = officialName || claimsNewWindows || (mayClaim && !excluded && (names.modernWindowsClaim?.test(words) ?? false));
  if (file.kind === 'disk-image' && size > 0 && size < names.minWindowsImageBytes && claimsModernWindows) {
    findings.add('too-small-for-windows', true);
  }
}
