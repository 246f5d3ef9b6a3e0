// An ISO 9660 or UDF image: walk its directories, read the install image's WIM metadata when
// there is one (sources/install.wim, .esd or the first .swm), and gather the findings.
import { readBootCatalog } from './iso9660/el-torito.ts';
import { readIso9660Tree } from './iso9660/iso9660-tree.ts';
import type { VolumeDescriptors } from './iso9660/volume-descriptor.ts';
import { type ImageReader, Unreadable } from './image/image-reader.ts';
import { readUdfTree } from './udf/udf-tree.ts';
import { readWim, type WimFacts } from './wim/read-wim.ts';
import { answerFileFindings, setupScriptFindings } from './findings/setup-changes.ts';
import { activatorFindings, loneProgramFinding, unexpectedProgramFindings } from './findings/program-findings.ts';
import { mentionsWindows } from './findings/rules-knowledge.ts';
import { claimFindings, recapturedFindings, windowsFacts } from './findings/windows-findings.ts';
import { imageVerdict } from './findings/verdict.ts';
import type { Finding, Inspection } from './types.ts';

const INSTALL_IMAGE = /^sources\/install\.(?:wim|esd|swm)$/i;

export async function inspectDiskImage(reader: ImageReader, file: string, descriptors: VolumeDescriptors): Promise<Omit<Inspection, 'summary'>> {
  const primary = descriptors.primary;
  // The most common broken image is an unfinished download: shorter than its own volume says.
  if (primary && primary.blocks * primary.blockSize > reader.size) {
    throw new Unreadable(`The image is ${reader.size} bytes but its volume spans ${primary.blocks * primary.blockSize}: it is truncated (an unfinished download?).`);
  }
  const tree = descriptors.udf ? await readUdfTree(reader) : await readIso9660Tree(reader, descriptors);
  const boot = descriptors.bootCatalog === null ? null : await readBootCatalog(reader, descriptors.bootCatalog);

  const install = tree.entries.find((e) => !e.isDirectory && INSTALL_IMAGE.test(e.path));
  let wim: WimFacts | null = null;
  if (install) {
    await tree.readFile(install, 0, 0); // learns the size from a UDF file entry
    wim = await readWim((offset, length) => tree.readFile(install, offset, length), install.size);
  }
  const windows = wim && wim.images.length > 0 ? windowsFacts(wim.images) : null;
  const paths = tree.entries.map((e) => e.path);
  // Programs in a Linux or tools image are its own business, unless it passes itself off as Windows.
  const claimsWindows = mentionsWindows(file) || (tree.label !== null && mentionsWindows(tree.label));
  const lone = windows ? null : await loneProgramFinding(tree);
  const findings: Finding[] = [
    ...(await answerFileFindings(tree)),
    ...(await setupScriptFindings(tree)),
    ...activatorFindings(tree),
    ...(lone ? [lone] : windows || claimsWindows ? unexpectedProgramFindings(tree, windows !== null) : []),
    ...(wim ? recapturedFindings(wim.images, wim.xml, install?.path, paths) : []),
    ...claimFindings(file, tree.label, windows),
  ];
  return {
    file,
    format: tree.format,
    label: tree.label,
    verdict: imageVerdict(findings, windows !== null),
    windows,
    findings,
    ...(boot ? { boot: boot.platforms } : {}),
  };
}
