import { docNumberSlug } from '../legal/doc-number.ts';

/**
 * Every public path of the site, in one place. Paths are ASCII (đ → d) and end with "/"
 * (astro.config.mjs sets trailingSlash: 'always').
 */
export const paths = {
  home: '/',
  honorees: '/guong-sang/',
  campaigns: '/phong-trao/',
  documents: '/van-ban/',
  radio: '/phat-thanh/',
  search: '/tim-kiem/',
  about: '/gioi-thieu/',
  aboutEn: '/gioi-thieu/en/',
  rss: '/rss.xml',
  honoree: (id: string) => `/guong-sang/${id}/`,
  campaign: (id: string) => `/phong-trao/${id}/`,
  document: (id: string) => `/van-ban/${id}/`,
  /** One article, clause or item of a document: "/van-ban/06-2022-qh15/#dieu-80-khoan-3". */
  documentUnit: (id: string, anchor: string) => `/van-ban/${id}/#${anchor}`,
  /** The documents with one value of a facet: "/van-ban/loai/nghi-dinh/", "/van-ban/nam/2025/". */
  documentFacet: (facet: 'loai' | 'co-quan' | 'nam' | 'hieu-luc', value: string) => `/van-ban/${facet}/${value}/`,
  /** Numbers, titles and anchors of every document, for the number lookup (JSON). */
  documentLookupData: '/van-ban/tra-cuu.json',
  /** A document by its number as written ("98/2023/NĐ-CP"). */
  documentByNumber: (number: string) => `/van-ban/${docNumberSlug(number)}/`,
  /** Page `n` of the stories list: page 1 is the list itself. */
  honoreesPage: (n: number) => (n <= 1 ? '/guong-sang/' : `/guong-sang/trang/${n}/`),
  /** Read-aloud scripts of one collection ("guong-sang", "phong-trao", "van-ban"). */
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
