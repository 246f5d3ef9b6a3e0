// The second sentence of a finding: what exactly was seen, from the engine's structured `args`
// (a kind first, then its values). Values from the image are isolated (see isolate).
import type { ContainerFormat, Finding } from '../../../inspect/types.ts';
import { t } from '../../components/i18n.ts';
import { formatText, isolate } from './inspection-text.ts';

const RUNNABLE: readonly string[] = ['program', 'script', 'shortcut', 'archive'] satisfies ContainerFormat[];

function setupScript(kind: string | undefined): string | undefined {
  switch (kind) {
    case 'oem-folder': return t('verify_setup_oem_folder');
    case 'setup-complete': return t('verify_setup_complete');
    case 'product-key-file': return t('verify_setup_product_key_file');
    default: return undefined;
  }
}

function recaptured(args: readonly string[]): string | undefined {
  const [kind, ...values] = args;
  const v = values.map(isolate);
  switch (kind) {
    case 'renamed-edition': return values.length >= 3 ? t('verify_recaptured_renamed', [v[0]!, v[1]!, v[2]!]) : undefined;
    case 'custom-description': return values.length >= 2 ? t('verify_recaptured_description', [v[0]!, v[1]!]) : undefined;
    case 'custom-display-name': return values.length >= 2 ? t('verify_recaptured_display_name', [v[0]!, v[1]!]) : undefined;
    case 'timestamp': return values.length >= 3 ? t('verify_recaptured_timestamp', [v[0]!, v[1]!, v[2]!]) : undefined;
    case 'rebuild-tool': return values.length >= 1 ? t('verify_recaptured_rebuild_tool', v[0]!) : undefined;
    default: return undefined;
  }
}

/** What exactly was seen, in the user's language; undefined when the args say nothing more. */
export function findingSpecific(finding: Finding): string | undefined {
  const args = finding.args ?? [];
  switch (finding.code) {
    case 'setup-scripts': return setupScript(args[0]);
    case 'recaptured-image': return recaptured(args);
    case 'lone-program': return args[1] && RUNNABLE.includes(args[1]) ? t('verify_recognised_as', formatText(args[1] as ContainerFormat)) : undefined;
    default: return undefined;
  }
}
