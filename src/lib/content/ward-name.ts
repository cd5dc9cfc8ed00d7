/**
 * Every way a ward's name is written in content, and the text replacement that turns one
 * ward's name into another's: with its unit kind ("phường Phùng Chí Kiên"), in English
 * ("Phùng Chí Kiên Ward"), alone, without tone marks ("Phung Chi Kien"), as a slug
 * ("phung-chi-kien") and run together as in a domain ("phungchikien"), in any case, with any
 * run of spaces or a line break between the words. Text is compared in NFC.
 */
import { foldVi } from '../text/fold-vi.ts';
import { slugify } from '../text/slug.ts';
import { UNIT_KIND_EN, type UnitKind } from '../site/unit-kinds.ts';

/** What names a ward in text. */
export interface WardNaming {
  /** Kind of unit as written in settings: "phường", "xã", "đặc khu". */
  kind: string;
  /** The ward's name without its kind: "Phùng Chí Kiên". */
  name: string;
  /** The province with its kind: "tỉnh Hưng Yên", "thành phố Hà Nội". */
  province: string;
}

/** One written form of the old ward's name and what it becomes. */
export interface NameRename {
  from: string;
  to: string;
}

/** The English word after a unit's name: "Ward" for phường; the kind itself when it has none. */
function kindEn(kind: string): string {
  return UNIT_KIND_EN[kind as UnitKind] ?? kind;
}

/** "tỉnh Lai Châu" → "Lai Châu Province", "thành phố Hà Nội" → "Hà Nội City", as the English address has it. */
export function provinceEn(province: string): string {
  const match = /^(tỉnh|thành phố)\s+(.+)$/iu.exec(province.normalize('NFC').trim());
  if (!match) return province;
  return `${match[2]} ${match[1]?.toLowerCase() === 'tỉnh' ? 'Province' : 'City'}`;
}

/** Without tone marks, in the case given ("Phùng Chí Kiên" → "Phung Chi Kien"). */
const plain = (text: string) => foldVi(text);
/** Slug without hyphens, as in a domain ("phungchikien"). */
const compact = (text: string) => slugify(text).replace(/-/g, '');

/**
 * The forms of `from`'s name mapped to `to`'s, longest first, so "phường Phùng Chí Kiên"
 * becomes "xã Tân Phong" before "Phùng Chí Kiên" alone would become "Tân Phong". The
 * province is renamed only with its kind ("tỉnh Hưng Yên"), never the bare place name.
 */
export function wardRenames(from: WardNaming, to: WardNaming): NameRename[] {
  const f = { ...from, name: from.name.normalize('NFC'), kind: from.kind.normalize('NFC') };
  const t = { ...to, name: to.name.normalize('NFC'), kind: to.kind.normalize('NFC') };
  const withKind = { from: `${f.kind} ${f.name}`, to: `${t.kind} ${t.name}` };
  const english = { from: `${f.name} ${kindEn(f.kind)}`, to: `${t.name} ${kindEn(t.kind)}` };
  const province = { from: from.province.normalize('NFC'), to: to.province.normalize('NFC') };
  const provinceEnglish = { from: provinceEn(province.from), to: provinceEn(province.to) };
  const name = { from: f.name, to: t.name };
  const written = [withKind, english, province, provinceEnglish, name];
  const all: NameRename[] = [
    ...written,
    ...written.map((r) => ({ from: plain(r.from), to: plain(r.to) })),
    { from: slugify(withKind.from), to: slugify(withKind.to) },
    { from: slugify(f.name), to: slugify(t.name) },
    { from: compact(f.name), to: compact(t.name) },
  ];
  const seen = new Set<string>();
  return all
    .filter((r) => r.from.trim() !== '' && r.from !== r.to)
    .filter((r) => {
      const key = spaced(r.from).toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => b.from.length - a.from.length);
}

/** The forms `naming`'s ward is written in, for finding what is left of it in text. */
export function wardNameForms(naming: WardNaming): string[] {
  const name = naming.name.normalize('NFC');
  return [...new Set([name, plain(name), slugify(name), compact(name)])].filter((s) => s !== '');
}

const spaced = (text: string) => text.replace(/\s+/g, ' ');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A letter, mark or digit: a name must not start or end inside a word. */
const WORD = '[\\p{L}\\p{M}\\p{N}]';

/** A regular expression for any of `forms`, whole words, any case, any whitespace between words. */
export function formsPattern(forms: readonly string[]): RegExp | undefined {
  const alternatives = [...forms]
    .sort((a, b) => b.length - a.length)
    .map((form) => form.normalize('NFC').trim().split(/\s+/).map(escape).join('\\s+'))
    .filter((source) => source !== '');
  if (alternatives.length === 0) return undefined;
  return new RegExp(`(?<!${WORD})(?:${alternatives.join('|')})(?!${WORD})`, 'giu');
}

/** `to` in the case `match` was written in, where `from` is the canonical form matched. */
function inCaseOf(match: string, from: string, to: string): string {
  if (match === from) return to;
  if (match === match.toUpperCase() && match !== match.toLowerCase()) return to.toUpperCase();
  if (match === match.toLowerCase()) return to.toLowerCase();
  const first = match.charAt(0);
  if (first !== from.charAt(0) && first === first.toUpperCase()) return to.charAt(0).toUpperCase() + to.slice(1);
  return to;
}

/** `text` (in NFC) with every form in `renames` replaced, and how many replacements were made. */
export function renameWard(text: string, renames: readonly NameRename[]): { text: string; count: number } {
  const source = text.normalize('NFC');
  const pattern = formsPattern(renames.map((r) => r.from));
  if (!pattern) return { text: source, count: 0 };
  const byKey = new Map(renames.map((r) => [spaced(r.from).toLowerCase(), r]));
  let count = 0;
  const out = source.replace(pattern, (match) => {
    const rename = byKey.get(spaced(match).toLowerCase());
    if (!rename) return match;
    count += 1;
    return inCaseOf(spaced(match), rename.from, rename.to);
  });
  return { text: out, count };
}

/**
 * Replaces the unit kind as a word of its own ("trên địa bàn phường" → "trên địa bàn xã",
 * "Ward Radio Station" → "Commune Radio Station"). Only for the settings, which speak of the
 * ward itself; stories and campaigns may speak of other wards.
 */
export function renameUnitKind(text: string, fromKind: string, toKind: string): { text: string; count: number } {
  if (fromKind.normalize('NFC') === toKind.normalize('NFC')) return { text, count: 0 };
  const renames = [
    { from: fromKind.normalize('NFC'), to: toKind.normalize('NFC') },
    { from: kindEn(fromKind.normalize('NFC')), to: kindEn(toKind.normalize('NFC')) },
  ];
  return renameWard(text, renames);
}
