import { docNumberSlug } from '../legal/doc-number.ts';

/** Ways to browse the stories, as the URL segment under /guong-sang/ (ASCII, without diacritics). */
export const HONOREE_FACETS = ['to-dan-pho', 'linh-vuc', 'loai', 'nam', 'phong-trao'] as const;
export type HonoreeFacet = (typeof HONOREE_FACETS)[number];

/** Segments under /guong-sang/ taken by list pages and feeds, so no story may use them as its id. */
export const HONOREE_RESERVED_IDS: readonly string[] = [...HONOREE_FACETS, 'trang', 'rss.xml'];

const pageSuffix = (n: number) => (n <= 1 ? '' : `trang/${n}/`);

/**
 * Every public path of the site, in one place. Paths are ASCII (đ → d) and end with "/"
 * (astro.config.mjs sets trailingSlash: 'always').
 */
export const paths = {
  home: '/',
  honorees: '/guong-sang/',
  campaigns: '/phong-trao/',
  documents: '/van-ban/',
  announcements: '/thong-bao/',
  radio: '/phat-thanh/',
  search: '/tim-kiem/',
  /** The search index (Pagefind bundle) of stories, campaigns and documents. */
  searchIndex: '/pagefind/',
  /** The radio scripts' own search index, loaded only when someone asks for scripts. */
  radioSearchIndex: '/pagefind/phat-thanh/',
  about: '/gioi-thieu/',
  aboutEn: '/gioi-thieu/en/',
  rss: '/rss.xml',
  /** The CMS (kept out of search engines, the sitemap and the search index). */
  admin: '/admin/',
  /** The sitemap index written by @astrojs/sitemap, named in robots.txt. */
  sitemap: '/sitemap-index.xml',
  robots: '/robots.txt',
  /** The site's address for the print stylesheet (src/pages/site-url.css.ts). */
  siteUrlCss: '/site-url.css',
  honoree: (id: string) => `/guong-sang/${id}/`,
  campaign: (id: string) => `/phong-trao/${id}/`,
  document: (id: string) => `/van-ban/${id}/`,
  announcement: (id: string) => `/thong-bao/${id}/`,
  /** One article, clause or item of a document: "/van-ban/06-2022-qh15/#dieu-80-khoan-3". */
  documentUnit: (id: string, anchor: string) => `/van-ban/${id}/#${anchor}`,
  /** The documents with one value of a facet: "/van-ban/loai/nghi-dinh/", "/van-ban/nam/2025/". */
  documentFacet: (facet: 'loai' | 'co-quan' | 'nam' | 'hieu-luc', value: string) => `/van-ban/${facet}/${value}/`,
  /** Numbers, titles and anchors of every document, for the number lookup (JSON). */
  documentLookupData: '/van-ban/tra-cuu.json',
  /** A document by its number as written ("98/2023/NĐ-CP"). */
  documentByNumber: (number: string) => `/van-ban/${docNumberSlug(number)}/`,
  /** Page `n` of the stories list: page 1 is the list itself. */
  honoreesPage: (n: number) => `/guong-sang/${pageSuffix(n)}`,
  /** Every value of one way of browsing the stories, with counts: "/guong-sang/to-dan-pho/". */
  honoreeFacetIndex: (facet: HonoreeFacet) => `/guong-sang/${facet}/`,
  /** Page `n` of the stories with one value: "/guong-sang/to-dan-pho/tdp-3/", "/guong-sang/nam/2025/trang/2/". */
  honoreeFacet: (facet: HonoreeFacet, value: string, n = 1) => `/guong-sang/${facet}/${value}/${pageSuffix(n)}`,
  /** RSS 2.0 feeds: everything, and one per collection. */
  honoreesRss: '/guong-sang/rss.xml',
  campaignsRss: '/phong-trao/rss.xml',
  documentsRss: '/van-ban/rss.xml',
  announcementsRss: '/thong-bao/rss.xml',
  /** The 1200×630 image shown when a page is shared (JPEG made at build time). */
  shareImage: (collection: 'guong-sang' | 'phong-trao', id: string) => `/chia-se/${collection}/${id}.jpg`,
  shareImageDefault: '/chia-se/trang-chu.jpg',
  /** Read-aloud scripts of one collection ("guong-sang", "phong-trao", "van-ban", "thong-bao-su-kien"). */
  radioScripts: (collection: string) => `/phat-thanh/${collection}/`,
  /** The read-aloud script of one entry, and its plain-text file. */
  radioScript: (collection: string, id: string) => `/phat-thanh/${collection}/${id}/`,
  radioScriptTxt: (collection: string, id: string) => `/phat-thanh/${collection}/${id}.txt`,
  /** Scripts about one campaign: the campaign, its stories and its legal basis. */
  radioCampaign: (id: string) => `/phat-thanh/theo-phong-trao/${id}/`,
  bulletins: '/phat-thanh/ban-tin/',
  bulletin: (id: string) => `/phat-thanh/ban-tin/${id}/`,
  bulletinTxt: (id: string) => `/phat-thanh/ban-tin/${id}.txt`,
  /** A file kept under public/, as stored in content ("files/x.pdf" or "/files/x.pdf"). */
  publicFile: (file: string) => (file.startsWith('/') ? file : `/${file}`),
} as const;
