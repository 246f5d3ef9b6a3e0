// The check page's elements from index.html, looked up once and checked for their type, so a
// renamed id fails loudly at start instead of silently doing nothing.

function byId<T extends HTMLElement>(id: string, type: { new (): T }): T {
  const el = document.getElementById(id);
  if (!(el instanceof type)) throw new Error(`check page: #${id} is missing or not a ${type.name}`);
  return el;
}

export function pageElements() {
  return {
    title: byId('title', HTMLHeadingElement),
    pickReminder: byId('pick-reminder', HTMLParagraphElement),
    microsoftPage: byId('microsoft-page', HTMLAnchorElement),
    form: byId('verify-form', HTMLFormElement),
    dropZone: byId('drop-zone', HTMLDivElement),
    fileInput: byId('file-input', HTMLInputElement),
    fileChosen: byId('file-chosen', HTMLParagraphElement),
    fileOther: byId('file-other', HTMLParagraphElement),
    inspection: byId('inspection', HTMLDivElement),
    expectedHash: byId('expected-hash', HTMLTextAreaElement),
    hashError: byId('hash-error', HTMLParagraphElement),
    catalogNote: byId('catalog-note', HTMLParagraphElement),
    catalogInput: byId('catalog-input', HTMLInputElement),
    catalogStatus: byId('catalog-status', HTMLParagraphElement),
    start: byId('start', HTMLButtonElement),
    cancel: byId('cancel', HTMLButtonElement),
    progressArea: byId('progress-area', HTMLElement),
    progress: byId('progress', HTMLProgressElement),
    progressText: byId('progress-text', HTMLParagraphElement),
    announcer: byId('announcer', HTMLParagraphElement),
    outcome: byId('outcome', HTMLElement),
  };
}

export type PageElements = ReturnType<typeof pageElements>;
