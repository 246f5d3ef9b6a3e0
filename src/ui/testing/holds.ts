// A held download as the warning page receives it, for the UI tests.
import type { HoldView } from '../../shared/messages.ts';

export function holdView(fields: Partial<HoldView> = {}): HoldView {
  return {
    holdId: '00000000-0000-4000-8000-000000000001',
    downloadId: 1,
    verdict: 'suspicious',
    reasons: [],
    url: 'https://dl.example.net/Win11_Lite_x64.iso',
    finalUrl: 'https://dl.example.net/Win11_Lite_x64.iso',
    referrer: '',
    filename: 'Win11_Lite_x64.iso',
    totalBytes: -1,
    site: 'example.net',
    heldAt: 0,
    state: 'pending',
    canProceed: true,
    host: null,
    ...fields,
  };
}
