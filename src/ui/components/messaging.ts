// The pages' only way to talk to the background: one typed request in, one Response out.
// A rejected sendMessage (no background, a closed port) becomes an error value too, so a page
// never has to catch.
import type * as z from 'zod';
import browser from '../../shared/browser.ts';
import type { requestSchema, RequestType, Response } from '../../shared/messages.ts';

/** What a page sends: fields with defaults in the schema may be left out. */
export type RequestInput = z.input<ReturnType<typeof requestSchema>>;
export type RequestOf<T extends RequestType> = Extract<RequestInput, { type: T }>;

function isResponse(value: unknown): value is { ok: boolean } {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

export async function send<T extends RequestType>(request: RequestOf<T>): Promise<Response<T>> {
  try {
    const answer: unknown = await browser.runtime.sendMessage(request);
    if (isResponse(answer)) return answer as Response<T>;
    return { ok: false, error: 'The background gave no answer.' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
