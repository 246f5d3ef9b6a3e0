// Signals from what a file name claims: an official Microsoft file name away from Microsoft,
// a Windows image from elsewhere or far too small, a program or archive posing as Windows
// (as its image or as its setup), a Windows version that was never released.
import { mayHoldPieces } from './claim-anchors.ts';
import type { CompiledRules } from '../ruleset/compile-rules.ts';
import type { FileFacts } from './file-name.ts';
import type { Findings } from '../findings.ts';
import type { Lure } from './lure-terms.ts';
import { foldWords } from '../text/normalize-text.ts';
import { mayHideWindows, readWords } from '../text/read-words.ts';
import { lettersForDigits } from '../text/version-digits.ts';

const WINDOWS_FORMATS: ReadonlySet<string> = new Set(['wim', 'esd', 'swm']);
const POINTERS: ReadonlySet<string> = new Set(['torrent', 'metalink', 'meta4']);

const test = (pattern: RegExp | null, words: string | null): boolean => words !== null && (pattern?.test(words) ?? false);

export function addNameSignals(
  file: FileFacts,
  folded: string,
  nameLures: readonly Lure[],
  totalBytes: unknown,
  fromMicrosoft: boolean,
  rules: CompiledRules,
  findings: Findings,
): string | null {
  if (file.name === '') return null;
  const names = rules.names;
  const officialName = names.officialFileNames?.test(folded) ?? false;
  // Only a name holding a claim pattern's pieces ("win" and "7", "w" and "1" …) or something
  // like "windows" can claim Windows; the others (most) skip the word reading and the patterns.
  // A Windows named by its shape only (a build number, an edition beside 24H2) has its own hint.
  const mayHaveShape = names.windowsShape !== null && (names.windowsShapeHint?.test(folded) ?? true);
  // Older Windows named by release alone ("TinyXP") is a claim only for a disk image: "XP-Pen"
  // drivers and "Vista" photos name something else.
  const mayBeOld = file.kind === 'disk-image' && names.oldWindowsImageClaim !== null && (names.oldWindowsImageHint?.test(folded) ?? true);
  const mayClaim = officialName || mayHaveShape || mayBeOld || mayHoldPieces(folded, names.claimPieces) || mayHideWindows(folded) || lettersForDigits(folded) !== null;
  const words = mayClaim ? readWords(foldWords(file.name, folded), rules.lures.vocabulary) : null;
  const shaped = mayHaveShape && test(names.windowsShape, words);
  // An exclusion word ("drivers", "tools") explains a benign name beside Windows, unless it is
  // an extra of the image ("with drivers"). It only sets aside the host-only signal: size,
  // program type and lure words are evidence of their own.
  const hardware = file.kind !== 'disk-image' && test(names.programHardwareExclude, words);
  // A torrent or metalink is as big as what it points to, whatever its own few kilobytes.
  const mediaSized = (typeof totalBytes === 'number' && totalBytes >= names.minWindowsImageBytes) || POINTERS.has(file.ext);
  // Firmware, device, boot and packaging words ("UEFI", "bootable media") and a tool's words
  // ("maker") explain a program or a small image; an image or archive the size of Windows media
  // is still that media, however it is booted or packed. Driver, language and recovery packs are
  // real and that big, so those words explain any size.
  const smallOnly = file.kind === 'executable' || !mediaSized;
  // So does a utility named for what it does to Windows ("Windows 11 Manager", "Windows Repair"):
  // its edition words (AIO, Pro) and its setup are the utility's. A name that also says image
  // ("Windows_11_Repair_ISO") offers Windows media to repair with, not a utility.
  const named = rules.lures.named;
  const utility = test(named.get('utilityForWindows') ?? null, words) && !test(named.get('imageWords') ?? null, words);
  const smallExcluded = smallOnly && (utility || test(named.get('smallImageExclude') ?? null, words));
  const excluded = (test(names.windowsImageExclude, words) || smallExcluded || hardware) && !test(names.bundledExtra, words);
  // WIM, ESD and SWM are Windows's own image formats: one the size of Windows media holds Windows
  // (an OEM's `recovery.wim`, 16 GB), whatever its name says.
  const windowsFormat = mediaSized && WINDOWS_FORMATS.has(file.ext);
  const claimsWindows = officialName || shaped || windowsFormat || test(names.windowsClaim, words);
  // A release word alone is a weaker claim: it holds the image, but says too little for the size check.
  const claimsOldWindows = mayBeOld && test(names.oldWindowsImageClaim, words);
  const unreleased = test(names.unreleasedWindows, words);
  if (unreleased) findings.add('lure-unreleased-windows', true);
  const claimsNewWindows = unreleased || nameLures.some((lure) => lure.code === 'lure-windows-12' || lure.code === 'lure-codename');

  if (!fromMicrosoft) {
    if (officialName) findings.add('official-name-unofficial-host', true);
    else if (file.kind === 'disk-image' && (claimsWindows || claimsOldWindows) && !excluded) findings.add('windows-image-unofficial-host', false);
    else if (file.kind === 'disk-image' && test(names.officeImageClaim, words)) findings.add('office-image-unofficial-host', false);
    // A vendor's program may name the Windows it runs on ("…_w11_23h2.exe" driver packs, an
    // "ISO Downloader"): the exclusion words explain that; a never-released Windows does not.
    const posesAsImage = claimsNewWindows || (claimsWindows && !excluded && test(names.executableClaim, words));
    // Microsoft ships Windows setup as its own programs from its own hosts, never as an
    // archive; a vendor's "driver setup" for Windows is what the exclusion words explain.
    // It must name a release or a Windows tool: "Windows Terminal installer" is an app's.
    const posesAsSetup = !excluded && test(names.installerClaim, words) && (shaped || test(names.modernWindowsClaim, words));
    // No vendor ships Windows media, its setup, a downloader of it or its activation as a bare
    // script (.ps1, .vbs, .hta …): a script named so is a dropper's shape, whatever tool word it uses.
    // An install word for what the exclusion words name is that script's own job: admins install
    // drivers and language packs with scripts (`Install-Win11Drivers.ps1`).
    const installsWindows = test(names.installerClaim, words) && !excluded;
    const scriptPoses = file.script && claimsWindows && (test(names.executableClaim, words) || installsWindows || test(names.scriptClaim, words));
    if (file.kind === 'executable' && (posesAsImage || posesAsSetup || scriptPoses) && !officialName) findings.add('executable-claims-windows', true);
    // Nor is Windows media ever packed in an archive: one of an image's size naming a modern
    // Windows is repackaged media. Smaller ones are vendors' programs for that Windows, unless
    // the name is a release's own shape (`WS2022_Eval_x64.zip`): then it is that release, or a
    // part of it split to fit a file host.
    const packsWindows = !excluded && (shaped || (mediaSized && test(names.modernWindowsClaim, words)));
    if (file.kind === 'archive' && (posesAsImage || posesAsSetup || officialName || packsWindows)) findings.add('archive-claims-windows', true);
    // So with Office: Microsoft serves it from its own hosts, and one of its media's size is repacked.
    else if (file.kind === 'archive' && mediaSized && test(names.officeImageClaim, words)) findings.add('office-image-unofficial-host', true);
  }

  // What a torrent points to is not its own size: nothing is too small by it.
  const size = typeof totalBytes === 'number' && !POINTERS.has(file.ext) ? totalBytes : -1;
  // A name with an exclusion word may be an add-on disc ("VMware tools windows 12.5", 130 MB):
  // the exclusion lowers the size bar to what such a disc needs, it does not take it away.
  const minBytes = excluded ? names.minWindowsExtrasBytes : names.minWindowsImageBytes;
  // An archive that names a Windows image ("Windows11_ISO_Full.zip") must hold one: compressed,
  // it is still far above the image bar's first megabytes.
  const archiveOfImage = file.kind === 'archive' && claimsWindows && !excluded && test(names.executableClaim, words);
  if (archiveOfImage && size > 0 && size < names.minWindowsExtrasBytes) findings.add('too-small-for-windows', true);
  if (file.kind !== 'disk-image' || size <= 0 || size >= minBytes) return words;
  const claimsModernWindows = claimsNewWindows || shaped || test(names.modernWindowsClaim, words);
  // Any Windows image, even of an old release, holds more than an add-on disc's bar.
  if (claimsModernWindows || (claimsWindows && size < names.minWindowsExtrasBytes)) findings.add('too-small-for-windows', true);
  return words;
}
