// ISO Guard's benchmark runner: `npm run bench` runs every section, `npm run bench -- rules`
// only the named ones. A section is a module bench/<name>.ts listed in SECTIONS that exports
//   export async function run(): Promise<Record<string, number | string> | Record<string, number | string>[]>
// (one row of named figures, or several rows). Each section's result is printed as a table
// and stored under its name in bench/results.json; sections not run keep their last result.
// A section that throws is reported and the run goes on (exit status 1 at the end).
// Node runs with --expose-gc (see package.json) so sections can measure heap use.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Row = Record<string, number | string>;
type Section = { run: () => Promise<Row | Row[]> };

/** Add a section here (and a bench/<name>.ts beside this file). */
const SECTIONS: readonly string[] = ['rules', 'guard', 'verify', 'inspect', 'pages'];

const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const unknown = wanted.filter((name) => !SECTIONS.includes(name));
  if (unknown.length > 0) {
    console.error(`unknown section(s): ${unknown.join(', ')}; known: ${SECTIONS.join(', ')}`);
    process.exit(2);
  }
  const results: Record<string, unknown> = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
  let failed = false;
  for (const name of wanted.length > 0 ? wanted : SECTIONS) {
    console.log(`\n## ${name}`);
    try {
      const section = (await import(`./${name}.ts`)) as Section;
      const result = await section.run();
      console.table(Array.isArray(result) ? result : Object.entries(result).map(([figure, value]) => ({ figure, value })));
      results[name] = result;
    } catch (error) {
      // One broken section must not lose the others' figures.
      failed = true;
      console.error(`section ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwrote bench/results.json');
  if (failed) process.exitCode = 1;
}

await main();
