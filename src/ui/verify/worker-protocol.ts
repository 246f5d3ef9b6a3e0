// Messages between the verify page and its hashing worker. Both sides parse what they receive:
// a message that does not fit is a bug, reported as a failure instead of being half-trusted.
import * as z from 'zod';

export const HashRequestSchema = z.strictObject({
  type: z.literal('hash'),
  file: z.instanceof(Blob),
});

export const HashReplySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('progress'), bytesDone: z.number().int().nonnegative(), atMs: z.number() }),
  z.strictObject({ type: z.literal('done'), sha256: z.string().regex(/^[0-9a-f]{64}$/u), bytes: z.number().int().nonnegative(), ms: z.number().nonnegative() }),
  z.strictObject({ type: z.literal('failed'), message: z.string() }),
]);

export type HashRequest = z.infer<typeof HashRequestSchema>;
export type HashReply = z.infer<typeof HashReplySchema>;
