import { foldViLower } from '../text/fold-vi.ts';

/**
 * Recognises the structure of a Vietnamese legal or administrative text from the ordinary
 * way it is written in a document's Markdown body, and gives every unit a stable ASCII anchor.
 *
 * Normative texts: Phần › Chương › Mục › Tiểu mục › Điều › Khoản › Điểm, any level may be
 * skipped ("Chương II", "Điều 24.", "2.", "a)", "đ)" after "d)", inserted "Điều 5a", "a1)").
 * Administrative texts (plans, reports): "I." sections › "1." items › "a)" sub-items.
 * A marker counts whether it is a Markdown heading ("### Điều 8. …"), a bold line or a plain
 * line ("Điều 8. …", "1. …", "a) …"). Lines that are not markers belong to the unit above.
 *
 * Not structure: indented lines (nested Markdown lists), blockquotes, code fences, text in
 * quotation marks that starts a line (an amending text quoting the article it rewrites),
 * and running sentences such as "Điều 19 và Điều 20 quy định…" (a plain "Điều N" line needs
 * "." or ":" after the number). Text after "Nơi nhận:", "Trên đây là…" or a signature line
 * ("TM.", "KT.") is the closing; units that follow it (a regulation issued with a decision)
 * start a new part, so their repeated numbers are allowed.
 */

export type UnitKind =
  | 'phan'
  | 'chuong'
  | 'muc'
  | 'tieu-muc'
  | 'dieu'
  | 'khoan'
  | 'diem'
  /** Administrative section "I.", "II." */
  | 'section'
  /** Administrative item "1." outside any Điều. */
  | 'item'
  /** Administrative sub-item "a)" outside any Điều. */
  | 'subitem';

export interface LegalUnit {
  kind: UnitKind;
  /** The number as written: "II", "24", "5a", "2", "đ", "a1", "thứ nhất". */
  number: string;
  /** Title of a heading-like unit ("Loại hình khen thưởng"), plain text; '' when none. */
  title: string;
  /** Inline Markdown after the number on the marker line of a clause, point or item; '' for headings. */
  lead: string;
  /** Markdown of the lines after the marker line, up to the next unit. */
  body: string;
  /** Stable ASCII anchor: "chuong-ii", "dieu-24", "dieu-24-khoan-2-diem-a", "muc-ii-1". */
  id: string;
  /** 1-based line of the marker in the body. */
  line: number;
  children: LegalUnit[];
}

export interface TextBlock {
  kind: 'text';
  /** 'preamble' before the first unit, 'closing' from "Nơi nhận", "Trên đây là", a signature. */
  role: 'preamble' | 'closing';
  body: string;
}

export type LegalNode = LegalUnit | TextBlock;

export interface DuplicateUnit {
  kind: UnitKind;
  number: string;
  /** Anchor the unit would have had. */
  id: string;
  /** Lines of the first unit and of the repeat. */
  firstLine: number;
  line: number;
}

export interface LegalStructure {
  /** Top-level units and the text blocks around them, in order. */
  nodes: LegalNode[];
  /** Units whose number repeats within one part (each got an anchor with "-2", "-3"). */
  duplicates: DuplicateUnit[];
}

/** Depth of each kind; a marker closes every open unit of the same or a deeper rank. */
const RANK: Record<UnitKind, number> = {
  phan: 1,
  chuong: 2,
  section: 2,
  muc: 3,
  'tieu-muc': 4,
  dieu: 5,
  khoan: 6,
  item: 6,
  diem: 7,
  subitem: 7,
};

/** Kinds whose marker line carries a title rather than running text. */
const TITLED: ReadonlySet<UnitKind> = new Set(['phan', 'chuong', 'muc', 'tieu-muc', 'dieu', 'section']);

/** Kinds whose title may stand on the next line ("Chương I" / "NHỮNG QUY ĐỊNH CHUNG"). */
const TITLE_ON_NEXT_LINE: ReadonlySet<UnitKind> = new Set(['phan', 'chuong', 'muc', 'tieu-muc', 'section']);

/** Kinds whose repeated number within a part is reported. */
const UNIQUE_KINDS: ReadonlySet<UnitKind> = new Set(['phan', 'chuong', 'dieu']);

type MarkerKind = 'phan' | 'chuong' | 'muc' | 'tieu-muc' | 'dieu' | 'roman' | 'number' | 'letter';

interface Marker {
  kind: MarkerKind;
  number: string;
  /** Text after the number, with emphasis and escapes removed. */
  rest: string;
  /** Markdown after the number as written (keeps inline emphasis and links). */
  restMarkdown: string;
  /** A Markdown heading or a line in bold: its text is a title. */
  headingLike: boolean;
}

const ROMAN = '(?:X{0,3}(?:IX|IV|V?I{0,3}))';
const ROMAN_RE = new RegExp(`^${ROMAN}$`);
const SEP_STRICT = String.raw`(?:\s*[.:]\s*|\s+[-–—]\s+|\s*$)`;
const SEP_LOOSE = String.raw`(?:\s*[.:]\s*|\s+[-–—]\s+|\s+|\s*$)`;

const WORD_MARKERS: readonly [MarkerKind, string, string][] = [
  ['tieu-muc', '(?:Tiểu mục|TIỂU MỤC)', String.raw`(\d+[a-z]?|[IVXL]+)`],
  ['phan', '(?:Phần|PHẦN)', String.raw`((?:thứ|THỨ)\s+[\p{L}]+|[IVXL]+|\d+)`],
  ['chuong', '(?:Chương|CHƯƠNG)', String.raw`([IVXL]+[a-z]?|\d+[a-z]?)`],
  ['muc', '(?:Mục|MỤC)', String.raw`(\d+[a-z]?)`],
  ['dieu', '(?:Điều|ĐIỀU)', String.raw`(\d+[a-zđ]?\d?)`],
];

function wordRegex(word: string, number: string, sep: string): RegExp {
  return new RegExp(`^${word}\\s+${number}${sep}(.*)$`, 'u');
}

const WORD_RES = WORD_MARKERS.map(([kind, word, number]) => ({
  kind,
  strict: wordRegex(word, number, SEP_STRICT),
  loose: wordRegex(word, number, SEP_LOOSE),
}));

const ROMAN_LINE = /^([IVXL]+)\.\s+(.+)$/u;
const NUMBER_LINE = /^(\d{1,3})\.\s+(.+)$/u;
const LETTER_LINE = /^([a-zđ]\d{0,2})\)\s+(.+)$/u;
const NUMBER_MD = /^\s?(\*{1,3}|_{1,3})?(\d{1,3})\\?\.(\*{1,3}|_{1,3})?\s+(.*)$/u;
const LETTER_MD = /^\s?(\*{1,3}|_{1,3})?([a-zđ]\d{0,2})\\?\)(\*{1,3}|_{1,3})?\s+(.*)$/u;

const CLOSING = /^(?:Nơi nhận\s*:?|NƠI NHẬN\s*:?|Trên đây là\s|(?:TM|KT|TL|TUQ|Q)\.\s+\p{Lu})/u;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/** Markdown escapes and emphasis markers removed, for recognising and for titles. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
    .replace(/(\*{1,3}|_{2,3})(?=\S)|(?<=\S)(\*{1,3}|_{2,3})/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when a line is wholly in bold or italics ("**Điều 5. Tên**"). */
function isEmphasisLine(line: string): boolean {
  const trimmed = line.trim();
  return /^(\*{1,3}|_{1,3})\S/.test(trimmed) && /\S(\*{1,3}|_{1,3})[.:]?$/.test(trimmed);
}

/** Text that looks like a title on its own line: a heading, a bold line or capital letters. */
function isTitleLine(line: string): boolean {
  if (line.trim() === '' || /^\s*([-+*>|]|\d+\.|[a-zđ]\))\s/u.test(line)) return false;
  if (HEADING.test(line) || isEmphasisLine(line)) return true;
  const letters = plainText(line).replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('vi');
}

function recognise(line: string): Marker | 'closing' | undefined {
  if (/^\s{2,}|^\t/.test(line)) return undefined;
  const heading = HEADING.exec(line);
  const source = heading ? (heading[2] ?? '') : line;
  const headingLike = heading !== null || isEmphasisLine(source);
  const plain = plainText(source);
  if (plain === '') return undefined;
  if (CLOSING.test(plain)) return 'closing';

  for (const { kind, strict, loose } of WORD_RES) {
    const match = (headingLike ? loose : strict).exec(plain);
    if (match) {
      const rest = (match[2] ?? '').trim();
      return { kind, number: match[1] ?? '', rest, restMarkdown: rest, headingLike };
    }
  }
  const roman = ROMAN_LINE.exec(plain);
  if (roman && ROMAN_RE.test(roman[1] ?? '')) {
    const rest = (roman[2] ?? '').trim();
    return { kind: 'roman', number: roman[1] ?? '', rest, restMarkdown: rest, headingLike };
  }
  for (const [kind, plainRe, markdownRe] of [
    ['number', NUMBER_LINE, NUMBER_MD],
    ['letter', LETTER_LINE, LETTER_MD],
  ] as const) {
    const match = plainRe.exec(plain);
    if (!match) continue;
    const md = markdownRe.exec(source.trim());
    let restMarkdown = md?.[4] ?? match[2] ?? '';
    // "**a) Tên điểm**: …": the emphasis opened before the marker still applies to the text.
    if (md?.[1] && !md[3]) restMarkdown = `${md[1]}${restMarkdown}`;
    return {
      kind,
      number: match[1] ?? '',
      rest: (match[2] ?? '').trim(),
      restMarkdown: restMarkdown.trim(),
      headingLike,
    };
  }
  return undefined;
}

/** Quotation marks a line leaves open (curly “ ” counted as pairs, straight " by parity). */
function openQuotes(line: string): number {
  const opens = (line.match(/“/g) ?? []).length;
  const closes = (line.match(/”/g) ?? []).length;
  const straight = (line.match(/"/g) ?? []).length % 2;
  return opens - closes + straight;
}

/** ASCII form of a unit number for anchors: "II" → "ii", "5a" → "5a", "đ" → "dd", "thứ nhất" → "thu-nhat". */
export function numberSlug(number: string): string {
  return foldViLower(number.replace(/đ/g, 'dd').replace(/Đ/g, 'DD'))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function findAncestor(stack: readonly LegalUnit[], kinds: readonly UnitKind[]): LegalUnit | undefined {
  for (let i = stack.length - 1; i >= 0; i--) {
    const unit = stack[i];
    if (unit && kinds.includes(unit.kind)) return unit;
  }
  return undefined;
}

function kindOf(marker: MarkerKind, parent: LegalUnit | undefined): UnitKind {
  switch (marker) {
    case 'roman':
      return 'section';
    case 'number':
      return parent?.kind === 'dieu' ? 'khoan' : 'item';
    case 'letter':
      return parent?.kind === 'khoan' || parent?.kind === 'dieu' ? 'diem' : 'subitem';
    default:
      return marker;
  }
}

function baseId(kind: UnitKind, number: string, stack: readonly LegalUnit[]): string {
  const n = numberSlug(number);
  const parent = stack.at(-1);
  switch (kind) {
    case 'phan':
    case 'chuong':
    case 'dieu':
      return `${kind}-${n}`;
    case 'muc': {
      const chapter = findAncestor(stack, ['chuong', 'phan']);
      return chapter ? `${chapter.id}-muc-${n}` : `muc-${n}`;
    }
    case 'tieu-muc': {
      const section = findAncestor(stack, ['muc']);
      return section ? `${section.id}-tieu-muc-${n}` : `tieu-muc-${n}`;
    }
    case 'khoan':
      return `${parent?.id ?? 'dieu'}-khoan-${n}`;
    case 'diem':
      return `${parent?.id ?? 'dieu'}-diem-${n}`;
    case 'section':
      return `muc-${n}`;
    case 'item':
      return parent ? `${parent.id}-${n}` : `muc-${n}`;
    case 'subitem':
      return parent ? `${parent.id}-${n}` : `diem-${n}`;
  }
}

function trimBlank(lines: readonly string[]): string {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start] ?? '').trim() === '') start++;
  while (end > start && (lines[end - 1] ?? '').trim() === '') end--;
  return lines.slice(start, end).join('\n');
}

interface Open {
  unit: LegalUnit;
  lines: string[];
}

/** Parses a document's Markdown body into its structure. Pure and deterministic. */
export function parseStructure(markdown: string): LegalStructure {
  const lines = markdown.normalize('NFC').replace(/\r\n?/g, '\n').split('\n');
  const nodes: LegalNode[] = [];
  const duplicates: DuplicateUnit[] = [];
  const used = new Set<string>();
  /** Anchor → line of the unit that first had it, in the current part. */
  let firstInPart = new Map<string, number>();
  const stack: Open[] = [];
  let text: { block: TextBlock; lines: string[] } | undefined = {
    block: { kind: 'text', role: 'preamble', body: '' },
    lines: [],
  };
  const allOpen: Open[] = [];
  const textBlocks: { block: TextBlock; lines: string[] }[] = [text];
  nodes.push(text.block);
  let fence: string | undefined;
  let quoted = 0;
  let closing = false;

  const append = (line: string) => {
    const target = stack.at(-1);
    if (target && !text) target.lines.push(line);
    else text?.lines.push(line);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fenceMatch = FENCE.exec(line);
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1]?.[0] === fence[0] && (fenceMatch[1]?.length ?? 0) >= fence.length)
        fence = undefined;
      append(line);
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      append(line);
      continue;
    }
    if (quoted > 0) {
      quoted = Math.max(0, quoted + openQuotes(line));
      append(line);
      continue;
    }
    if (/^\s*[“"]/.test(line)) {
      quoted = Math.max(0, openQuotes(line));
      append(line);
      continue;
    }

    const marker = recognise(line);
    if (marker === 'closing') {
      if (!closing) {
        closing = true;
        stack.length = 0;
        text = { block: { kind: 'text', role: 'closing', body: '' }, lines: [] };
        textBlocks.push(text);
        nodes.push(text.block);
      }
      append(line);
      continue;
    }
    if (!marker || (closing && (marker.kind === 'number' || marker.kind === 'letter'))) {
      append(line);
      continue;
    }
    if (closing) {
      // Units after the closing: a text issued with this one starts a new part.
      closing = false;
      firstInPart = new Map();
    }

    const provisional =
      marker.kind === 'number' ? 6 : marker.kind === 'letter' ? 7 : RANK[kindOf(marker.kind, undefined)];
    while (stack.length > 0 && RANK[stack.at(-1)!.unit.kind] >= provisional) stack.pop();
    const parent = stack.at(-1)?.unit;
    const kind = kindOf(marker.kind, parent);
    const number = /^thứ\s/iu.test(marker.number) ? marker.number.toLocaleLowerCase('vi') : marker.number;

    let title = '';
    let lead = '';
    if (TITLED.has(kind) || marker.headingLike) title = marker.rest.replace(/^[-–—:.\s]+/, '');
    else lead = marker.restMarkdown;
    if (title === '' && TITLE_ON_NEXT_LINE.has(kind)) {
      let j = i + 1;
      if ((lines[j] ?? '').trim() === '' && j + 1 < lines.length) j++;
      const next = lines[j] ?? '';
      if (isTitleLine(next) && recognise(next) === undefined) {
        const heading = HEADING.exec(next);
        title = plainText(heading ? (heading[2] ?? '') : next);
        i = j;
      }
    }

    const base = baseId(
      kind,
      number,
      stack.map((o) => o.unit),
    );
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    const first = firstInPart.get(base);
    if (first !== undefined && UNIQUE_KINDS.has(kind))
      duplicates.push({ kind, number, id: base, firstLine: first, line: i + 1 });
    if (first === undefined) firstInPart.set(base, i + 1);

    const unit: LegalUnit = { kind, number, title, lead, body: '', id, line: i + 1, children: [] };
    const open: Open = { unit, lines: [] };
    if (parent) parent.children.push(unit);
    else nodes.push(unit);
    stack.push(open);
    allOpen.push(open);
    text = undefined;
  }

  for (const open of allOpen) open.unit.body = trimBlank(open.lines);
  for (const t of textBlocks) t.block.body = trimBlank(t.lines);
  return { nodes: nodes.filter((n) => n.kind !== 'text' || n.body !== ''), duplicates };
}

/** Every unit of a structure, depth first, in document order. */
export function allUnits(structure: LegalStructure): LegalUnit[] {
  const out: LegalUnit[] = [];
  const visit = (unit: LegalUnit) => {
    out.push(unit);
    unit.children.forEach(visit);
  };
  for (const node of structure.nodes) if (node.kind !== 'text') visit(node);
  return out;
}

/** Each unit with the chain of units from the top down to it (itself last), in document order. */
export function unitChains(structure: LegalStructure): LegalUnit[][] {
  const out: LegalUnit[][] = [];
  const visit = (unit: LegalUnit, above: LegalUnit[]) => {
    const chain = [...above, unit];
    out.push(chain);
    for (const child of unit.children) visit(child, chain);
  };
  for (const node of structure.nodes) if (node.kind !== 'text') visit(node, []);
  return out;
}

export interface TocEntry {
  id: string;
  kind: UnitKind;
  number: string;
  /** The title, or for an untitled item the start of its text. */
  text: string;
  children: TocEntry[];
}

/** Kinds listed in a table of contents; clauses and points are reached through their article. */
const TOC_KINDS: ReadonlySet<UnitKind> = new Set(['phan', 'chuong', 'muc', 'tieu-muc', 'dieu', 'section', 'item']);

/** The first sentence of a clause's text, in plain words, at most `max` characters. */
export function firstSentence(markdown: string, max = 90): string {
  const plain = plainText(markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
  const sentence = /^(.+?[.;:])(\s|$)/u.exec(plain)?.[1] ?? plain;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

/** The table of contents: parts, chapters, sections, articles and plan items, nested. */
export function tableOfContents(structure: LegalStructure): TocEntry[] {
  const build = (units: readonly LegalUnit[]): TocEntry[] =>
    units
      .filter((u) => TOC_KINDS.has(u.kind))
      .map((u) => ({
        id: u.id,
        kind: u.kind,
        number: u.number,
        text: u.title || firstSentence(u.lead),
        children: build(u.children),
      }));
  return build(structure.nodes.filter((n): n is LegalUnit => n.kind !== 'text'));
}
