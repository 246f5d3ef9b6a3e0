// The domain index built while a host list was validated, kept so compileRules never indexes
// the same list twice. Apart from the schema so that compiling trusted data (the bundled rules,
// validated when the extension is built) needs no schema code at all.
import { DomainTable } from '../hosts/domain-table.ts';

const prebuilt = new WeakMap<readonly string[], DomainTable>();

/** Keeps `table` as the index of `list` (called by the schema as it checks the list). */
export function rememberTable(list: readonly string[], table: DomainTable): void {
  prebuilt.set(list, table);
}

/** The index built while validating `list`, or a new one (for merged or trusted lists). */
export function tableFor(list: readonly string[] | undefined): DomainTable {
  return (list && prebuilt.get(list)) ?? DomainTable.from(list ?? []);
}
