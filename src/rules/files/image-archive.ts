// An archive named as a prebuilt virtual machine or a live medium holds a disk image, whatever
// the image's own extension: Kali's `kali-linux-2025.3-vmware-amd64.7z` (a VMDK), its
// `…-hyperv-amd64.7z` (a VHDX), `GNS3.VM.VMware.Workstation.2.2.55.zip` (an OVA),
// `FD14-LiveCD.zip` (an ISO). It is judged as that image: a Windows one named so is a Windows
// image, and its size is checked. The words are the `imageArchive` context of the lure terms.
import { mayMatch } from './claim-anchors.ts';
import type { CompiledRules } from '../ruleset/compile-rules.ts';
import { foldWords } from '../text/normalize-text.ts';
import { readWords } from '../text/read-words.ts';

/** True when an archive's name says it is a virtual machine's or a live medium's disk image. */
export function namesImageArchive(name: string, folded: string, rules: CompiledRules): boolean {
  const pattern = rules.lures.named.get('imageArchive');
  if (!pattern) return false;
  // Most archives hold none of the words: they skip the word reading.
  if (!mayMatch(folded, pattern)) return false;
  return pattern.test(readWords(foldWords(name, folded), rules.lures.vocabulary));
}
