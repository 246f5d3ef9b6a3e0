// The inspection in the user's language. The engine's `detail` is English for the CLI; here
// every sentence is built from the finding's `code` and `args` (always literal keys, so the
// locale test sees each one). Values quoted from the image stay as the engine gave them.
import type { AnswerFileAction, ContainerFormat, Finding, Inspection, InspectionVerdict } from '../../../inspect/types.ts';
import { t } from '../../components/i18n.ts';
import { revealInvisible } from '../../components/reveal-invisible.ts';

export interface Answer {
  title: string;
  body: string;
  /** The shared theme's tone class suffix (tone-…). */
  tone: 'official' | 'dangerous' | 'suspicious' | 'unknown';
}

export function answerFor(verdict: InspectionVerdict, format: ContainerFormat): Answer {
  switch (verdict) {
    case 'no-sign-of-change':
      return { title: t('verify_answer_no_sign_title'), body: t('verify_answer_no_sign_body'), tone: 'official' };
    case 'modified':
      return { title: t('verify_answer_modified_title'), body: t('verify_answer_modified_body'), tone: 'dangerous' };
    case 'not-windows':
      return { title: t('verify_answer_not_windows_title'), body: t('verify_answer_not_windows_body'), tone: 'unknown' };
    case 'not-a-disk-image':
      // No structure at all is not yet a disguise: it may be a broken or unfinished download.
      if (format === 'unknown') return { title: t('verify_answer_not_image_title'), body: t('verify_answer_not_image_unknown_body'), tone: 'suspicious' };
      return { title: t('verify_answer_not_image_title'), body: t('verify_answer_not_image_body', formatText(format)), tone: 'dangerous' };
    case 'unreadable':
      return { title: t('verify_answer_unreadable_title'), body: t('verify_answer_unreadable_body'), tone: 'suspicious' };
  }
}

export function formatText(format: ContainerFormat): string {
  switch (format) {
    case 'iso9660': return t('verify_format_iso9660');
    case 'udf': return t('verify_format_udf');
    case 'wim': return t('verify_format_wim');
    case 'esd': return t('verify_format_esd');
    case 'vhd': return t('verify_format_vhd');
    case 'vhdx': return t('verify_format_vhdx');
    case 'program': return t('verify_format_program');
    case 'archive': return t('verify_format_archive');
    case 'shortcut': return t('verify_format_shortcut');
    case 'script': return t('verify_format_script');
    case 'unknown': return t('verify_format_unknown');
  }
}

export function actionText(action: AnswerFileAction): string {
  switch (action) {
    case 'disables-defender': return t('verify_action_disables_defender');
    case 'bypasses-tpm-or-secure-boot': return t('verify_action_bypasses_tpm');
    case 'creates-local-admin': return t('verify_action_creates_local_admin');
    case 'logs-on-automatically': return t('verify_action_logs_on_automatically');
    case 'runs-commands': return t('verify_action_runs_commands');
    case 'skips-online-account': return t('verify_action_skips_online_account');
    case 'sets-product-key': return t('verify_action_sets_product_key');
  }
}

const ACTIONS = new Set<string>(['disables-defender', 'bypasses-tpm-or-secure-boot', 'creates-local-admin', 'logs-on-automatically', 'runs-commands', 'skips-online-account', 'sets-product-key']);

/** The answer file's actions the page knows, one localized phrase each, in the engine's order. */
export function answerFileActions(finding: Finding): string[] {
  return (finding.args ?? []).filter((arg): arg is AnswerFileAction => ACTIONS.has(arg)).map(actionText);
}

/** What the image really holds, for `claims-windows-12`: the release, else the build. */
function realWindows(inspection: Inspection): string {
  if (!inspection.windows) return t('verify_no_windows_inside');
  const release = inspection.windows.release;
  if (release) return release;
  const build = inspection.windows.images.find((image) => image.build !== null)?.build;
  return build ? t('verify_build_only', String(build)) : t('verify_windows_unknown_release');
}

/** A value quoted inside a sentence: LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE, hidden
 * characters shown, so a name from the image cannot reorder the sentence around it. */
export function isolate(value: string): string {
  return `\u2066${revealInvisible(value)}\u2069`;
}

/** `claims-windows-12`: args are [what is claimed, 'name' | 'label', …]. */
function claimText(finding: Finding, inspection: Inspection): string {
  const claimed = isolate(finding.args?.[0] || 'Windows 12');
  return finding.args?.[1] === 'label'
    ? t('verify_finding_claims_label', [claimed, realWindows(inspection)])
    : t('verify_finding_claims_name', [claimed, realWindows(inspection)]);
}

/** One plain sentence for a finding, in the user's language. */
export function findingText(finding: Finding, inspection: Inspection): string {
  switch (finding.code) {
    case 'answer-file': return t('verify_finding_answer_file');
    case 'setup-scripts': return t('verify_finding_setup_scripts');
    case 'activator': return t('verify_finding_activator');
    case 'unexpected-programs': return t('verify_finding_unexpected_programs');
    case 'lone-program': return t('verify_finding_lone_program');
    case 'claims-windows-12': return claimText(finding, inspection);
    case 'recaptured-image': return t('verify_finding_recaptured_image');
    case 'not-a-disk-image': return t('verify_finding_not_a_disk_image', formatText(inspection.format));
    case 'unreadable': return t('verify_finding_unreadable');
  }
}

/** The paths a finding lists beyond its first (the programs where Microsoft's media have none);
 * every other finding's args are said in its sentences. */
export function quotedValues(finding: Finding): string[] {
  if (finding.code !== 'unexpected-programs') return [];
  return (finding.args ?? []).filter((arg) => arg.trim() !== '');
}
