// The check page's inspection area: a picked file is inspected at once, its answer shown and
// announced; an answer for a file picked before the current one is dropped.
import type { Inspection } from '../../../inspect/types.ts';
import { t } from '../../components/i18n.ts';
import { answerFor } from './inspection-text.ts';
import { renderInspecting, renderInspection } from './inspection-view.ts';
import { createInspectionRunner, type Inspect } from './run-inspection.ts';

export interface InspectionPanel {
  /** Inspects `file` and shows the answer; resolves with it, or undefined when superseded. */
  show(file: File): Promise<Inspection | undefined>;
}

export function inspectionPanel(target: HTMLElement, announcer: HTMLElement, inspect: Inspect): InspectionPanel {
  const run = createInspectionRunner(inspect);
  let shown = 0;
  return {
    async show(file) {
      const ticket = ++shown;
      renderInspecting(target, file.name);
      const inspection = await run(file);
      if (!inspection || ticket !== shown) return undefined;
      renderInspection(target, inspection);
      announcer.textContent = t('verify_announce_inspection', answerFor(inspection.verdict, inspection.format).title);
      return inspection;
    },
  };
}
