// `?tabId=N` lets the popup be opened as a tab for a given tab (how the e2e tests open it).
export function tabIdFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}
