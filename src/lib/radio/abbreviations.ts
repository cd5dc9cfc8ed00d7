/**
 * The radio team's abbreviation dictionary (content/settings/radio.yaml, editable in the CMS).
 *
 * Abbreviations match case-sensitively and as whole tokens: "TDP" expands, "TDPx" and
 * "tdp" do not. Chains joined by hyphens ("QĐ-UBND") expand as one entry when the
 * dictionary has the whole chain, otherwise part by part.
 */

export interface Abbreviation {
  /** The abbreviation as written, e.g. "UBND". */
  abbr: string;
  /** How it is read out, e.g. "Ủy ban nhân dân". */
  expansion: string;
}

export interface Dictionary {
  /** Expansion of one abbreviation or hyphenated chain; undefined when unknown. */
  lookup: (abbr: string) => string | undefined;
  /** Every abbreviation, longest first. */
  entries: readonly Abbreviation[];
  /** Matches a whole abbreviation or a hyphenated chain of them (global, unicode). */
  pattern: RegExp | undefined;
}

/** Letters and digits: an abbreviation must not touch one on either side. */
export const WORD_CHAR = '[\\p{L}\\p{N}]';

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiles a dictionary list; later duplicates of an abbreviation are ignored. */
export function compileDictionary(list: readonly Abbreviation[]): Dictionary {
  const map = new Map<string, string>();
  for (const { abbr, expansion } of list) {
    const key = abbr.normalize('NFC').trim();
    if (key !== '' && !map.has(key)) map.set(key, expansion.normalize('NFC').trim());
  }
  const entries = [...map.entries()]
    .map(([abbr, expansion]) => ({ abbr, expansion }))
    .sort((a, b) => b.abbr.length - a.abbr.length || a.abbr.localeCompare(b.abbr));
  const alternatives = entries.map((e) => escapeRegExp(e.abbr)).join('|');
  const pattern =
    entries.length === 0
      ? undefined
      : new RegExp(`(?<!${WORD_CHAR})(?:${alternatives})(?:-(?:${alternatives}))*(?!${WORD_CHAR})`, 'gu');
  return { lookup: (abbr) => map.get(abbr), entries, pattern };
}

/** Expands a matched chain: the whole chain when the dictionary has it, else each part. */
function expandChain(chain: string, dict: Dictionary): string {
  const whole = dict.lookup(chain);
  if (whole !== undefined) return whole;
  return chain
    .split('-')
    .map((part) => dict.lookup(part) ?? part)
    .join(' ');
}

/** Replaces every dictionary abbreviation in `text` by its expansion. */
export function expandAbbreviations(text: string, dict: Dictionary): string {
  if (!dict.pattern) return text;
  return text.replace(dict.pattern, (chain) => expandChain(chain, dict));
}

/** True when `text` still contains a dictionary abbreviation as a whole token. */
export function findDictionaryAbbreviations(text: string, dict: Dictionary): string[] {
  if (!dict.pattern) return [];
  return [...new Set(text.match(dict.pattern) ?? [])];
}

const CAPITALS = new RegExp(`(?<!${WORD_CHAR})[A-ZĐ]{2,}[0-9]*(?!${WORD_CHAR})`, 'gu');

/**
 * Tokens that look like abbreviations (two or more capitals without tone marks, e.g. "CLB")
 * and that the dictionary does not know: the page asks the radio team to add them.
 */
export function findUnknownAbbreviations(text: string, dict: Dictionary): string[] {
  const found = (text.match(CAPITALS) ?? []).filter((token) => dict.lookup(token) === undefined);
  return [...new Set(found)].sort();
}

const LETTER_NAMES: Record<string, string> = {
  A: 'a',
  B: 'bê',
  C: 'xê',
  D: 'dê',
  Đ: 'đê',
  E: 'e',
  F: 'ép',
  G: 'giê',
  H: 'hát',
  I: 'i',
  J: 'gi',
  K: 'ca',
  L: 'e-lờ',
  M: 'em-mờ',
  N: 'en-nờ',
  O: 'o',
  P: 'pê',
  Q: 'quy',
  R: 'e-rờ',
  S: 'ét-xì',
  T: 'tê',
  U: 'u',
  V: 'vê',
  W: 'vê kép',
  X: 'ích-xì',
  Y: 'i dài',
  Z: 'dét',
};

/** Spells letters by their Vietnamese names, for symbols the dictionary lacks: "BCĐ" → "bê xê đê". */
export function spellLetters(value: string): string {
  return [...value.toUpperCase()]
    .map((c) => LETTER_NAMES[c])
    .filter((name): name is string => name !== undefined)
    .join(' ');
}
