import { formatViDate } from '../dates/plain-date.ts';
import { documentTypeName } from '../legal/document-types.ts';
import { announcementLines, documentLines } from './words.ts';
import { readPeriod } from './time-words.ts';
import type { OptionValue } from '../content/options.ts';
import { compileDictionary, findUnknownAbbreviations, type Abbreviation, type Dictionary } from './abbreviations.ts';
import { readDocNumber } from './doc-number-words.ts';
import { countSyllables, estimateSeconds } from './duration.ts';
import { markdownToParagraphs } from './markdown.ts';
import type { NumberReading } from './number-words.ts';
import { speak, type SpeechContext } from './speak.ts';

/**
 * Read-aloud scripts for entries. A script written by hand in the entry (radioScript) wins;
 * otherwise one is derived: a story reads its title and story, a campaign its title and text,
 * a document its title, number, date, issuer, subject and summary (never the full text).
 * Either way the words go through the same reading rules (speak.ts), so a hand-written
 * "UBND" or "13/01/2025" is still read out properly.
 */

/** The radio settings (content/settings/radio.yaml). */
export interface RadioSettings {
  syllablesPerMinute: number;
  abbreviations: readonly Abbreviation[];
  /** How a zero tens digit is read: "linh" (105 "một trăm linh năm") or "le" ("lẻ"). */
  zeroTens?: 'linh' | 'le' | undefined;
}

export interface RadioContext extends SpeechContext {
  syllablesPerMinute: number;
}

export function radioContext(settings: RadioSettings): RadioContext {
  const dict: Dictionary = compileDictionary(settings.abbreviations);
  const reading: NumberReading = { zeroTens: settings.zeroTens === 'le' ? 'lẻ' : 'linh' };
  return { dict, reading, syllablesPerMinute: settings.syllablesPerMinute };
}

export interface Script {
  /** Paragraphs to read, in order, in words only. */
  paragraphs: string[];
  /** The paragraphs separated by blank lines. */
  text: string;
  syllables: number;
  /** Estimated reading time at the configured rate. */
  seconds: number;
  /** True when an editor wrote the script in the entry. */
  handwritten: boolean;
  /** Capitalised tokens the dictionary does not know (e.g. "CLB"): to add to the dictionary. */
  unknownAbbreviations: string[];
}

/** Reads plain paragraphs aloud and measures them. */
export function makeScript(paragraphs: readonly string[], ctx: RadioContext, handwritten = false): Script {
  const spoken = paragraphs.map((p) => speak(p, ctx)).filter((p) => p !== '');
  const text = spoken.join('\n\n');
  const syllables = countSyllables(text);
  return {
    paragraphs: spoken,
    text,
    syllables,
    seconds: estimateSeconds(syllables, ctx.syllablesPerMinute),
    handwritten,
    unknownAbbreviations: findUnknownAbbreviations(text, ctx.dict),
  };
}

function fromMarkdown(markdown: string, ctx: RadioContext): string[] {
  return markdownToParagraphs(markdown, ctx.reading);
}

function handwrittenScript(radioScript: string | undefined, ctx: RadioContext): Script | undefined {
  if (radioScript === undefined || radioScript.trim() === '') return undefined;
  return makeScript(fromMarkdown(radioScript, ctx), ctx, true);
}

export interface StoryLike {
  title: string;
  summary: string;
  radioScript?: string | undefined;
}

/** A story (honoree) or a campaign: its title, then its text (or its summary when the text is empty). */
export function entryScript(data: StoryLike, body: string, ctx: RadioContext): Script {
  const own = handwrittenScript(data.radioScript, ctx);
  if (own) return own;
  const text = body.trim() !== '' ? body : data.summary;
  return makeScript([...fromMarkdown(data.title, ctx), ...fromMarkdown(text, ctx)], ctx);
}

export interface DocumentLike {
  number: string;
  type: OptionValue<'documentType'>;
  title: string;
  subject: string;
  issuer: string;
  issued: string;
  effective?: string | undefined;
  summary: string;
}

function sameWords(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return norm(a) === norm(b);
}

/** A document: title, number with type, date and issuer, effective date, subject, summary. */
export function documentScript(data: DocumentLike, ctx: RadioContext): Script {
  const number = readDocNumber(data.number, ctx.dict, ctx.reading, {
    typeWord: documentTypeName(data.type),
    omitIssuer: true,
  });
  const lines = [data.title, documentLines.identity(number, formatViDate(data.issued), data.issuer)];
  if (data.effective) lines.push(documentLines.effective(formatViDate(data.effective)));
  if (!sameWords(data.subject, data.title)) lines.push(documentLines.subject(data.subject));
  const paragraphs = [...lines.flatMap((line) => fromMarkdown(line, ctx)), ...fromMarkdown(data.summary, ctx)];
  return makeScript(paragraphs, ctx);
}

/** A free-text announcement in a bulletin: its text is read (its heading only names it in the rundown). */
export function announcementScript(text: string, ctx: RadioContext): Script {
  return makeScript(fromMarkdown(text, ctx), ctx);
}

export interface NoticeLike extends StoryLike {
  date: string;
  time?: string | undefined;
  endDate?: string | undefined;
  endTime?: string | undefined;
  place?: string | undefined;
  audience?: string | undefined;
}

/**
 * An announcement or event entry (content/announcements/): its title, when it happens with
 * the day, date and time in words, where, for whom, then its text (or its summary).
 */
export function noticeScript(data: NoticeLike, body: string, ctx: RadioContext): Script {
  const own = handwrittenScript(data.radioScript, ctx);
  if (own) return own;
  const lines = [data.title, announcementLines.when(readPeriod(data, ctx.reading))];
  if (data.place) lines.push(announcementLines.place(data.place));
  if (data.audience) lines.push(announcementLines.audience(data.audience));
  const text = body.trim() !== '' ? body : data.summary;
  return makeScript([...lines.flatMap((line) => fromMarkdown(line, ctx)), ...fromMarkdown(text, ctx)], ctx);
}
