import type { Nodes, Parents, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { readInteger, readOrdinal, romanToNumber, type NumberReading } from './number-words.ts';

/**
 * Markdown → plain paragraphs to read aloud. Parsed with the same Markdown grammar the site
 * renders (CommonMark + GFM), so nothing of the markup survives: emphasis and links keep
 * their words, images, code and raw HTML tags go, headings and list items become sentences,
 * ordered items start "Thứ nhất:", "Thứ hai:", and a heading numbered with a Roman numeral
 * ("II. Nhiệm vụ") starts with the number in words ("Hai. Nhiệm vụ.").
 */

const ENTITIES: Readonly<Record<string, string>> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text of raw HTML without its tags and with entities decoded. */
export function stripHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? entity;
    });
}

function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'inlineCode':
      return node.value;
    case 'html':
      return stripHtml(node.value);
    case 'break':
      return ' ';
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
    case 'definition':
    case 'footnoteDefinition':
      return '';
    default:
      return 'children' in node ? (node as Parents).children.map((c) => inlineText(c as Nodes)).join('') : '';
  }
}

/** Makes a block a sentence: single spaces, and a full stop when it ends without punctuation. */
function sentence(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '') return '';
  return /[.!?…:;]["”’)]*$/.test(clean) ? clean : `${clean}.`;
}

const ROMAN_LEAD = /^([IVXL]+)\s*[.)\-–:]\s+/;

/** "II. Nhiệm vụ" → "Hai. Nhiệm vụ"; text without a leading Roman numeral is returned as is. */
export function readRomanLead(text: string, reading: NumberReading): string {
  const match = ROMAN_LEAD.exec(text);
  const value = match ? romanToNumber(match[1] ?? '') : undefined;
  if (!match || value === undefined) return text;
  const words = readInteger(value, reading);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}. ${text.slice(match[0].length)}`;
}

function blocks(node: RootContent, reading: NumberReading, out: string[]): void {
  switch (node.type) {
    case 'heading':
    case 'paragraph': {
      const text = sentence(readRomanLead(inlineText(node).trim(), reading));
      if (text) out.push(text);
      return;
    }
    case 'list': {
      let n = node.start ?? 1;
      for (const item of node.children) {
        const inner: string[] = [];
        for (const child of item.children) blocks(child, reading, inner);
        if (inner.length > 0 && node.ordered) inner[0] = `Thứ ${readOrdinal(n, reading)}: ${inner[0]}`;
        out.push(...inner);
        n += 1;
      }
      return;
    }
    case 'blockquote':
      for (const child of node.children) blocks(child, reading, out);
      return;
    case 'table':
      for (const row of node.children) {
        const cells = row.children.map((cell) => inlineText(cell).trim()).filter(Boolean);
        const text = sentence(cells.join(', '));
        if (text) out.push(text);
      }
      return;
    case 'html': {
      const text = sentence(stripHtml(node.value));
      if (text) out.push(text);
      return;
    }
    default:
      // code, thematicBreak, definitions, footnote definitions, front matter: not read.
      return;
  }
}

/** The paragraphs of a Markdown text as plain sentences, in order. */
export function markdownToParagraphs(markdown: string, reading: NumberReading): string[] {
  const tree: Root = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const out: string[] = [];
  for (const node of tree.children) blocks(node, reading, out);
  return out;
}
