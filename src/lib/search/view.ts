import { formatViDate } from '../dates/plain-date.ts';
import { buildExcerpt } from './excerpt.ts';
import { META } from './facets.ts';
import { orderSections, type DocumentFacts } from './rank.ts';
import { stripTwins } from './twins.ts';

/**
 * From what Pagefind returns for one page to what the result list shows: the title and the
 * section titles without folded twins, excerpts in the original Vietnamese, the collection and
 * date, and the sections the query matched (the named article first).
 */

/** The parts of Pagefind's per-page data that are used here. */
export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: { element: string; id: string; text?: string; title?: string; location: number }[];
  locations: number[];
  sub_results: { title: string; url: string; locations: number[]; anchor?: { id: string; location: number } }[];
}

export interface SectionView {
  url: string;
  title: string;
  excerptHtml: string;
  matches: number;
}

export interface ResultView {
  url: string;
  title: string;
  /** Collection as people read it ("Văn bản"), when known. */
  collection: string | undefined;
  /** "31/12/2023", when the page has a date. */
  date: string | undefined;
  excerptHtml: string;
  sections: SectionView[];
}

export interface ViewOptions {
  /** Words in the page excerpt and in each section's excerpt. */
  excerptLength: number;
  sectionLength: number;
  /** Most sections shown under a page. */
  maxSections: number;
  /** Anchor the query names ("dieu-80"): that section comes first. */
  anchor?: string | undefined;
  /** The query's words, folded: only whole words are marked (ExcerptOptions.terms). */
  terms?: readonly string[] | undefined;
}

/** Anchors Pagefind makes sections of: with a title, or headings with text. */
function sectionAnchors(data: PagefindData): number[] {
  return data.anchors
    .filter((a) => (a.title ?? '').trim() !== '' || (/^h\d$/i.test(a.element) && (a.text ?? '').trim() !== ''))
    .map((a) => a.location)
    .sort((a, b) => a - b);
}

export function resultView(data: PagefindData, options: ViewOptions): ResultView {
  const starts = sectionAnchors(data);
  const sections = data.sub_results
    .filter((s) => s.anchor !== undefined && s.locations.length > 0)
    .map((s) => {
      const from = s.anchor?.location ?? 0;
      const to = starts.find((location) => location > from);
      const excerpt = buildExcerpt(data.content, s.locations, {
        length: options.sectionLength,
        from,
        to,
        terms: options.terms,
      });
      return { url: s.url, title: stripTwins(s.title), excerptHtml: excerpt.html, matches: excerpt.matches };
    });
  const date = data.meta[META.date];
  return {
    url: data.url,
    title: stripTwins(data.meta['title'] ?? data.url),
    collection: data.filters['chuyen-muc']?.[0],
    date: date ? formatViDate(date) : undefined,
    excerptHtml: buildExcerpt(data.content, data.locations, { length: options.excerptLength, terms: options.terms })
      .html,
    sections: orderSections(sections, options.anchor, options.maxSections),
  };
}

/** A document result's facts for the number lookup; undefined for other pages. */
export function documentFacts(data: PagefindData): DocumentFacts | undefined {
  const number = data.meta[META.number];
  if (!number) return undefined;
  return {
    number,
    type: data.meta[META.docType] ?? '',
    date: data.meta[META.date] ?? '',
    anchors: data.anchors.map((a) => a.id),
    title: stripTwins(data.meta['title'] ?? ''),
  };
}
