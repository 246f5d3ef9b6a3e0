// The check page: pick or drop an ISO and see at once what is inside (the inspector reads only
// its descriptors and the WIM's XML); paste Microsoft's SHA-256, hash it in a worker, and say
// plainly whether it matches. Opened as `index.html?name=<file name>` from the "download
// complete" notification: extensions cannot read the download folder, so the user picks the file.
import { inspect } from '../../inspect/index.ts';
import { localizeDocument, t } from '../components/i18n.ts';
import { WINDOWS_11_PAGE } from '../../shared/microsoft-links.ts';
import shippedCatalog from './data/known-hashes.json' with { type: 'json' };
import { hashesMatch, parseExpectedHash } from './expected-hash.ts';
import { findKnownHash, HashCatalogSchema, parseHashCatalog, type HashCatalog } from './hash-catalog.ts';
import { startHashSession, type HashSession } from './hash-session.ts';
import { pageElements } from './page-elements.ts';
import { ProgressMeter } from './progress-maths.ts';
import { inspectionPanel } from './inspection/inspection-panel.ts';
import { hashErrorText, progressText, renderNotice, renderResult, sizeText } from './verify-view.ts';

localizeDocument();
const el = pageElements();
el.microsoftPage.href = WINDOWS_11_PAGE;
const inspection = inspectionPanel(el.inspection, el.announcer, inspect);

const MAX_CATALOG_BYTES = 5e6;
let catalog: HashCatalog = HashCatalogSchema.parse(shippedCatalog);
let file: File | undefined;
let session: HashSession | undefined;
let prefilledHash: string | undefined;

/** Only a bare file name is shown, even if a caller passes a path. */
const expectedName = new URLSearchParams(location.search).get('name')?.split(/[/\\]/u).pop()?.trim().slice(0, 255) || undefined;
if (expectedName) {
  el.title.textContent = t('verify_heading_named', expectedName);
  document.title = t('verify_heading_named', expectedName);
  el.pickReminder.textContent = t('verify_pick_reminder', expectedName);
  el.pickReminder.hidden = false;
}

function choose(picked: File): void {
  file = picked;
  el.fileChosen.textContent = t('verify_file_chosen', [picked.name, sizeText(picked.size)]);
  el.fileOther.hidden = !expectedName || picked.name === expectedName;
  if (expectedName) el.fileOther.textContent = t('verify_file_other', expectedName);
  el.outcome.replaceChildren();
  applyCatalog();
  void inspection.show(picked);
}

/** Prefills the hash from the catalog, but never overwrites what the user typed. */
function applyCatalog(): void {
  const known = file && findKnownHash(catalog, file.name);
  const untouched = el.expectedHash.value.trim() === '' || el.expectedHash.value === prefilledHash;
  if (!untouched) return;
  prefilledHash = known?.sha256;
  el.expectedHash.value = known?.sha256 ?? '';
  el.catalogNote.hidden = !known;
  if (known) el.catalogNote.textContent = t('verify_catalog_note', known.source);
  showHashError(undefined);
}

function showHashError(text: string | undefined): void {
  el.hashError.hidden = text === undefined;
  el.hashError.textContent = text ?? '';
  if (text === undefined) el.expectedHash.removeAttribute('aria-invalid');
  else el.expectedHash.setAttribute('aria-invalid', 'true');
}

function setRunning(running: boolean): void {
  for (const control of [el.fileInput, el.expectedHash, el.catalogInput, el.start]) control.disabled = running;
  el.cancel.hidden = !running;
  el.progressArea.hidden = !running;
}

function start(picked: File, expected: string): void {
  const meter = new ProgressMeter(picked.size);
  let announcedQuarter = 0;
  setRunning(true);
  el.cancel.focus();
  el.outcome.replaceChildren();
  el.progress.value = 0;
  el.progressText.textContent = t('verify_progress_starting');
  el.announcer.textContent = t('verify_announce_started', picked.name);
  session = startHashSession(picked, {
    onProgress(bytesDone, atMs) {
      const view = meter.record({ bytesDone, atMs });
      el.progress.value = view.fraction;
      el.progressText.textContent = progressText(view, picked.size);
      // Screen readers hear every 25 %, not every 100 ms update.
      const quarter = Math.floor(view.fraction * 4);
      if (quarter > announcedQuarter && quarter < 4) el.announcer.textContent = t('verify_announce_percent', String(quarter * 25));
      announcedQuarter = Math.max(announcedQuarter, quarter);
    },
    onDone(result) {
      finish();
      const matches = hashesMatch(expected, result.sha256);
      renderResult(el.outcome, { name: picked.name, expected, actual: result.sha256, bytes: result.bytes, ms: result.ms }, matches).focus();
    },
    onFailed(message) {
      finish();
      renderNotice(el.outcome, t('verify_failed', message), 'problem');
      el.start.focus();
    },
  });
}

function finish(): void {
  session = undefined;
  setRunning(false);
  el.announcer.textContent = '';
}

el.form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (session) return;
  const parsed = parseExpectedHash(el.expectedHash.value);
  showHashError(parsed.ok ? undefined : hashErrorText(parsed));
  if (!parsed.ok) {
    el.expectedHash.focus();
    return;
  }
  if (!file) {
    renderNotice(el.outcome, t('verify_error_no_file'), 'problem');
    el.fileInput.focus();
    return;
  }
  start(file, parsed.sha256);
});

el.cancel.addEventListener('click', () => {
  session?.cancel();
  finish();
  renderNotice(el.outcome, t('verify_cancelled'), 'neutral');
  el.start.focus();
});

el.expectedHash.addEventListener('input', () => showHashError(undefined));
el.fileInput.addEventListener('change', () => {
  const picked = el.fileInput.files?.[0];
  if (picked) choose(picked);
});

// The whole page accepts a drop, so a missed drop zone never makes the browser open a 6 GB file.
document.addEventListener('dragover', (event) => {
  event.preventDefault();
  el.dropZone.classList.add('dragging');
});
document.addEventListener('dragleave', () => el.dropZone.classList.remove('dragging'));
document.addEventListener('drop', (event) => {
  event.preventDefault();
  el.dropZone.classList.remove('dragging');
  const dropped = event.dataTransfer?.files[0];
  if (dropped && !session) choose(dropped);
});

el.catalogInput.addEventListener('change', async () => {
  const picked = el.catalogInput.files?.[0];
  if (!picked) return;
  const parsed = picked.size > MAX_CATALOG_BYTES
    ? { ok: false as const, reason: `larger than ${MAX_CATALOG_BYTES / 1e6} MB` }
    : parseHashCatalog(await picked.text());
  el.catalogStatus.dataset.state = parsed.ok ? 'loaded' : 'refused';
  el.catalogStatus.textContent = parsed.ok
    ? t('verify_catalog_loaded', String(parsed.catalog.entries.length))
    : t('verify_catalog_refused', parsed.reason);
  if (!parsed.ok) return;
  catalog = parsed.catalog;
  applyCatalog();
});
