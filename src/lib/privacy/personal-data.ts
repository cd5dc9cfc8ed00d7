/**
 * Personal data that a published story must not show (FACTS §4, Law 91/2025/QH15): phone
 * numbers, ID-card numbers (12-digit CCCD, 9-digit CMND), house numbers and full birth dates.
 *
 * `findPersonalData` is the detector, over plain text. `personalDataProblems` runs it over
 * every text of a story an editor wrote (front matter and body) and reports each hit with
 * the field and the line of the file, unless the entry's `privacyOverride.allow` lists that
 * exact text (for example the ward office's public hotline, with a reason).
 */

export type PersonalDataKind = 'phone' | 'idNumber' | 'houseNumber' | 'birthDate';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** The text as written. */
  text: string;
  /** Offset of the text in the scanned string. */
  index: number;
}

/** Characters that may join groups of digits inside one number: "0912 345 678", "0912.345.678". */
const JOINER = /^(?:[ .\-\u00a0]|\) ?| ?\()$/;

/** A number as a chain of digit groups written close together. */
interface Group {
  digits: string;
  start: number;
  end: number;
}

/** Vietnamese phone numbers, after separators are removed; `plus` when written with a leading "+". */
function phoneKind(digits: string, plus: boolean): boolean {
  let national = digits;
  if (digits.startsWith('84') && (plus || digits.length === 11)) national = `0${digits.slice(2)}`;
  else if (plus) return false;
  if (!national.startsWith('0')) return false;
  // Mobile: 0 + 3/5/7/8/9 + 8 digits; before 2018 also 01x + 8 digits.
  if (/^0[35789]\d{8}$/.test(national)) return true;
  if (/^01[2689]\d{8}$/.test(national)) return true;
  // Landline: 02 + area code + subscriber number, 11 digits in all (024 3825 1234, 0221 3 862 345).
  return /^02\d{9}$/.test(national);
}

/**
 * A 12-digit citizen ID (CCCD) starts with its province code 001–096; money written with
 * dots ("100.000.000.000") never starts with 0, so it is not taken for one.
 */
function isCccd(digits: string): boolean {
  if (!/^0\d{11}$/.test(digits)) return false;
  const province = Number(digits.slice(0, 3));
  return province >= 1 && province <= 96;
}

const CMND_CONTEXT = /(?:cmnd|cmt|chứng minh|căn cước|cccd|định danh)[^\n]{0,24}$/iu;

function digitGroups(text: string): Group[][] {
  const chains: Group[][] = [];
  let chain: Group[] = [];
  for (const m of text.matchAll(/\d+/g)) {
    const group = { digits: m[0], start: m.index, end: m.index + m[0].length };
    const previous = chain.at(-1);
    if (previous && JOINER.test(text.slice(previous.end, group.start))) chain.push(group);
    else {
      if (chain.length) chains.push(chain);
      chain = [group];
    }
  }
  if (chain.length) chains.push(chain);
  return chains;
}

/** Phone and ID numbers: the longest run of groups from each start that forms one. */
function numberMatches(text: string): PersonalDataMatch[] {
  const out: PersonalDataMatch[] = [];
  for (const chain of digitGroups(text)) {
    let i = 0;
    while (i < chain.length) {
      const first = chain[i] as Group;
      const before = text.slice(Math.max(0, first.start - 2), first.start);
      const plus = /\+\(?$|\(\+$/.test(before);
      let found: { kind: PersonalDataKind; end: number; next: number } | undefined;
      let digits = '';
      for (let j = i; j < chain.length && digits.length <= 12; j++) {
        const group = chain[j] as Group;
        digits += group.digits;
        const unbroken = j === i;
        let kind: PersonalDataKind | undefined;
        if (phoneKind(digits, plus)) kind = 'phone';
        else if (digits.length === 12 && isCccd(digits)) kind = 'idNumber';
        else if (
          digits.length === 9 &&
          (unbroken || CMND_CONTEXT.test(text.slice(0, first.start))) &&
          !/^[.,]\d/.test(text.slice(group.end))
        )
          kind = 'idNumber';
        if (kind) found = { kind, end: group.end, next: j + 1 };
      }
      if (found) {
        const start = plus ? text.lastIndexOf('+', first.start) : first.start;
        const open = start > 0 && text[start - 1] === '(' ? start - 1 : start;
        out.push({ kind: found.kind, text: text.slice(open, found.end), index: open });
        i = found.next;
      } else i++;
    }
  }
  return out;
}

/** Letters and digits on either side of a phrase must not be part of a longer word. */
const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';
const NUM = '\\d+[a-zA-Z]?(?:\\/\\d+[a-zA-Z]?)*';
const LANE = '(?:ngõ|ngách|hẻm|kiệt)';

const HOUSE_PATTERNS: RegExp[] = [
  // "số nhà 12", "số nhà 12A", "nhà số 12/5"
  new RegExp(`${L}(?:số\\s+nhà|nhà\\s+số)\\s*:?\\s*${NUM}${R}`, 'giu'),
  // "số 12 ngõ 5", "số 12, ngách 3", "số 7 hẻm 12", "số 45 đường Lê Lợi", "số 45 phố Hàng Bông"
  new RegExp(`${L}số\\s+${NUM},?\\s+(?:${LANE}|đường|phố)${R}(?:\\s+${NUM}${R})?`, 'giu'),
  // "ngõ 5", "ngách 12/3", "hẻm 34", "kiệt 7": a numbered lane narrows a home down to a few houses.
  new RegExp(`${L}${LANE}\\s+(?:số\\s+)?${NUM}${R}`, 'giu'),
  // "căn hộ 1205", "căn hộ số 12"
  new RegExp(`${L}căn\\s+hộ\\s+(?:số\\s+)?${NUM}${R}`, 'giu'),
];

const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH = '(?:0?[1-9]|1[0-2])';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
const BIRTH_PATTERNS: RegExp[] = [
  // "sinh ngày 12/3/1950", "ngày sinh: 12-03-1950", "sinh ngày 12 tháng 3 năm 1950"
  new RegExp(
    `${L}(?:sinh\\s+ngày|ngày\\s+sinh|ngày,?\\s+tháng,?\\s+năm\\s+sinh)\\s*:?\\s*${DAY}(?:\\s*[/.\\-]\\s*${MONTH}\\s*[/.\\-]\\s*|\\s+tháng\\s+${MONTH}\\s+năm\\s+)${YEAR}${R}`,
    'giu',
  ),
];

function patternMatches(text: string, patterns: RegExp[], kind: PersonalDataKind): PersonalDataMatch[] {
  return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => ({ kind, text: m[0], index: m.index })));
}

/** Every piece of `text` that looks like a phone number, an ID-card number, a house number or a full birth date. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const nfc = text.normalize('NFC');
  const all = [
    ...patternMatches(nfc, BIRTH_PATTERNS, 'birthDate'),
    ...patternMatches(nfc, HOUSE_PATTERNS, 'houseNumber'),
    ...numberMatches(nfc),
  ].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  // One report per place: a match inside an earlier, longer one is dropped.
  const out: PersonalDataMatch[] = [];
  for (const m of all) {
    const last = out.at(-1);
    if (last && m.index < last.index + last.text.length) continue;
    out.push(m);
  }
  return out;
}

/** How texts are compared with the override list: NFC, case and spacing ignored. */
export function overrideKey(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, '');
}

export interface PrivacyOverride {
  /** Exact texts the people concerned agreed to publish. */
  allow: readonly string[];
  reason: string;
}

export interface StoryForPrivacy {
  data: Record<string, unknown>;
  /** Markdown body of the story. */
  body: string;
  /**
   * The whole file as written (NFC, LF), to give line numbers of the file; without it
   * (in the CMS) lines are counted within each field.
   */
  source?: string | undefined;
}

export interface PersonalDataProblem {
  /** Dotted path of the field ("summary", "awards[0].title") or "body". */
  field: string;
  line: number;
  kind: PersonalDataKind;
  text: string;
}

/** Front matter fields that are records, not published text. */
const NOT_PUBLISHED = new Set(['consent', 'privacyOverride', 'photo.src', 'example']);

/** Every string in the front matter with its dotted path, except records that are never shown. */
function textFields(value: unknown, path = ''): { field: string; text: string }[] {
  if (NOT_PUBLISHED.has(path)) return [];
  if (typeof value === 'string') return [{ field: path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => textFields(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => textFields(v, path ? `${path}.${k}` : k));
  return [];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Line (1-based) of `text` in the front matter part of `source`, near the line of its key. */
function frontmatterLine(source: string, field: string, text: string): number {
  const end = source.indexOf('\n---', 3);
  const head = end === -1 ? source : source.slice(0, end);
  // A folded YAML string may break the text across lines: allow any spacing between words.
  const flexible = new RegExp(text.trim().split(/\s+/).map(escapeRe).join('\\s+'), 'u');
  const found = flexible.exec(head);
  if (found) return lineAt(head, found.index);
  const key = /^[^.[]+/.exec(field)?.[0] ?? field;
  const keyLine = new RegExp(`^${escapeRe(key)}\\s*:`, 'm').exec(head);
  return keyLine ? lineAt(head, keyLine.index) : 1;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Personal data in a story that no override allows, each with its field, line, kind and text;
 * the caller words it (src/i18n/wording/personal-data.ts).
 */
export function personalDataProblems(story: StoryForPrivacy): PersonalDataProblem[] {
  const override = story.data.privacyOverride as Partial<PrivacyOverride> | undefined;
  const allowed = new Set((override?.allow ?? []).map(overrideKey));
  const source = story.source?.normalize('NFC');
  const bodyStart = source !== undefined ? lineAt(source, source.length - story.body.length) : 1;
  const problems: PersonalDataProblem[] = [];
  const report = (field: string, text: string, lineOf: (m: PersonalDataMatch) => number) => {
    for (const m of findPersonalData(text)) {
      if (allowed.has(overrideKey(m.text))) continue;
      problems.push({ field, line: lineOf(m), kind: m.kind, text: m.text });
    }
  };
  for (const { field, text } of textFields(story.data)) {
    report(field, text, (m) =>
      source !== undefined ? frontmatterLine(source, field, m.text) : lineAt(text.normalize('NFC'), m.index),
    );
  }
  const body = story.body.normalize('NFC');
  report('body', body, (m) => bodyStart + lineAt(body, m.index) - 1);
  return problems;
}
