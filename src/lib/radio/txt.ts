/**
 * Plain-text files for the radio desk: only the words to read, in order, so a file can go
 * straight into a loudspeaker system's text-to-speech. UTF-8 without a byte order mark,
 * Windows line ends (CRLF) so that any office PC's text editor shows the paragraphs.
 */

const EOL = '\r\n';

/** Paragraphs separated by a blank line, ending with a line end. */
export function toTxt(paragraphs: readonly string[]): string {
  const text = paragraphs
    .map((p) => p.trim())
    .filter(Boolean)
    .join(EOL + EOL);
  return text === '' ? '' : text + EOL;
}

/** Headers for a .txt endpoint. */
export const TXT_HEADERS = { 'Content-Type': 'text/plain; charset=utf-8' } as const;
