// Keeps the work of one verdict bounded whatever the input: browsers accept addresses of 2 MB,
// and a page may name a download as it likes. Real names and paths are far shorter (a file name
// has at most 255 characters on every common file system), so past a limit only the head and the
// tail are read: the tail holds the file name and its extension, the head the path a page shows.

/** The head and tail of `text`, joined by `glue`, when it is longer than `max` characters. */
export function boundedText(text: string, max: number, glue: string): string {
  if (text.length <= max) return text;
  const half = max >> 1;
  return text.slice(0, half) + glue + text.slice(text.length - half);
}

/** Path, query and fragment of an address: 8 KB is far past any real download link. */
export const MAX_ADDRESS_REST = 8192;
/** The path and query read for words: the part a person reads, not a padded tail. */
export const MAX_WORDS_TEXT = 2048;
/** A file name: four times the longest a file system allows. */
export const MAX_FILE_NAME = 1024;
