// What the hashing worker answers. The page parses every reply: one that does not fit is a bug,
// reported as a failure instead of being half-trusted. (The request side is hash-request.ts.)
import * as z from 'zod';

export const HashReplySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('progress'), bytesDone: z.number().int().nonnegative(), atMs: z.number() }),
  z.strictObject({ type: z.literal('done'), sha256: z.string().regex(/^[0-9a-f]{64}$/u), bytes: z.number().int().nonnegative(), ms: z.number().nonnegative() }),
  z.strictObject({ type: z.literal('failed'), message: z.string() }),
]);

export type HashReply = z.infer<typeof HashReplySchema>;
