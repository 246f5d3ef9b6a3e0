// Turns a score into the text `npm run eval` prints and the figures `--json` writes.
import { share, type Outcome, type Score, type Tally, type Threshold } from './score.ts';

const pct = (value: number | null): string => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

function row(name: string, t: Tally): string {
  const cells = [
    name.padEnd(46),
    String(t.cases).padStart(5),
    pct(share(t.agree, t.cases)).padStart(7),
    (t.lures ? `${t.luresHeld}/${t.lures}` : '').padStart(9),
    (t.benign ? `${t.benignHeld}/${t.benign}` : '').padStart(9),
    (t.official ? `${t.officialRecognised}/${t.official}` : '').padStart(9),
    (t.mustBlock ? `${t.mustBlockOnlySuspicious}/${t.mustBlock}` : '').padStart(10),
  ];
  return cells.join(' ');
}

function thresholdLine(t: Threshold): string {
  const sign = t.direction === 'at-least' ? '≥' : '≤';
  return `  ${t.ok ? 'ok  ' : 'FAIL'} ${t.name.padEnd(28)} ${pct(t.value).padStart(7)}  (target ${sign} ${pct(t.limit)})`;
}

export function formatScore<E extends string>(title: string, score: Score<E>): string {
  const lines = [`# ${title}`, ''];
  lines.push(`${'category'.padEnd(46)} ${'cases'.padStart(5)} ${'agree'.padStart(7)} ${'lures held'.padStart(9)} ${'benign held'.padStart(9)} ${'official'.padStart(9)} ${'block→susp'.padStart(10)}`);
  for (const [category, tally] of [...score.byCategory].sort(([a], [b]) => a.localeCompare(b))) lines.push(row(category, tally));
  lines.push(row('overall', score.overall), '');
  lines.push(...score.thresholds.map(thresholdLine), '');
  lines.push(`## disagreements (${score.disagreements.length})`);
  for (const d of score.disagreements) lines.push(disagreementLine(d));
  return `${lines.join('\n')}\n`;
}

function disagreementLine<E extends string>(d: Outcome<E>): string {
  return `  ${d.id}: expected ${d.expect}, got ${d.got} [${d.codes.join(', ') || 'no reasons'}]`;
}

function tallyFigures(t: Tally): Record<string, number | null> {
  return {
    cases: t.cases,
    agreement: share(t.agree, t.cases),
    lureRecall: share(t.luresHeld, t.lures),
    benignHeldRate: share(t.benignHeld, t.benign),
    officialRecognised: share(t.officialRecognised, t.official),
    mustBlockOnlySuspicious: share(t.mustBlockOnlySuspicious, t.mustBlock),
  };
}

/** The figures for the bench and release notes: overall, per category, thresholds, disagreement ids. */
export function scoreFigures<E extends string>(score: Score<E>): Record<string, unknown> {
  return {
    overall: tallyFigures(score.overall),
    byCategory: Object.fromEntries([...score.byCategory].map(([category, t]) => [category, tallyFigures(t)])),
    thresholds: score.thresholds,
    disagreements: score.disagreements.map((d) => ({ id: d.id, expect: d.expect, got: d.got, codes: d.codes })),
  };
}
