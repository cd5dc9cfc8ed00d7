/**
 * Front matter parsing for content files. YAML 1.2 core schema, so "2025-01-13" stays the
 * string the editor typed instead of becoming a Date shifted by the server's timezone.
 * Text is normalised to NFC and CRLF line endings to LF; a byte-order mark is dropped.
 */
import { parse } from 'yaml';

export interface ParsedFile {
  data: Record<string, unknown>;
  body: string;
}

export class FrontmatterError extends Error {}

const FRONTMATTER = /^---\n([\s\S]*?)\n---(?:\n|$)/;

/** Normalises raw file text: BOM removed, LF line endings, NFC. */
export function normaliseText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/** Splits a Markdown file into its YAML front matter and body. */
export function parseMarkdownFile(raw: string): ParsedFile {
  const text = normaliseText(raw);
  const match = FRONTMATTER.exec(text);
  if (!match) return { data: {}, body: text };
  // Front matter starts on the file's second line, after the opening ---.
  return { data: parseYamlObject(match[1] ?? '', 1), body: text.slice(match[0].length) };
}

/** Parses a YAML document that must be a mapping; `lineOffset` maps its lines to the file's. */
export function parseYamlObject(text: string, lineOffset = 0): Record<string, unknown> {
  let value: unknown;
  try {
    value = parse(normaliseText(text), { schema: 'core' });
  } catch (error) {
    const first = (error as Error).message.split('\n')[0] ?? 'YAML';
    throw new FrontmatterError(
      first.replace(/ at line (\d+), column (\d+):?$/, (_, line: string, column: string) => ` (dòng ${Number(line) + lineOffset}, cột ${column})`),
    );
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new FrontmatterError('front matter is not a mapping');
  return value as Record<string, unknown>;
}
