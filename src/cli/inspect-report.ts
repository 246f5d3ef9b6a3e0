// How the inspect command prints one inspection: the readable report, or the JSON line whose
// shape docs/cli.md fixes (the engine's optional extras and finding args are left out).
import type { Inspection } from '../inspect/types.ts';

export function jsonLine(inspection: Inspection): string {
  const { file, format, label, verdict, windows, findings } = inspection;
  return JSON.stringify({
    file, format, label, verdict, windows,
    findings: findings.map(({ code, detail, path }) => (path === undefined ? { code, detail } : { code, detail, path })),
  });
}

export function readableReport(inspection: Inspection): string {
  const lines = [`${inspection.file}: ${inspection.verdict}`, `  format: ${inspection.format}${inspection.label ? `, label "${inspection.label}"` : ''}`];
  if (inspection.boot) lines.push(`  boots: ${inspection.boot.join(', ')} (El Torito)`);
  if (inspection.windows) {
    lines.push(`  windows: ${inspection.windows.release ?? 'release unknown'}`);
    for (const image of inspection.windows.images) {
      const build = image.build === null ? '?' : `${image.build}${image.spBuild === null ? '' : `.${image.spBuild}`}`;
      lines.push(`    ${image.index}. ${image.name ?? '(no name)'} [${image.edition ?? '?'}] build ${build} ${image.arch ?? '?'} ${image.languages.join(' ')}`.trimEnd());
    }
  }
  for (const finding of inspection.findings) lines.push(`  - ${finding.code}: ${finding.detail}${finding.path ? ` (${finding.path})` : ''}`);
  if (inspection.summary) lines.push(`  ${inspection.summary}`);
  return lines.join('\n');
}
