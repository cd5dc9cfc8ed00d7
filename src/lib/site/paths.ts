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
  /** A document by its number as written ("98/2023/NĐ-CP"). */
  documentByNumber: (number: string) => `/van-ban/${docNumberSlug(number)}/`,
  /** Page `n` of the stories list: page 1 is the list itself. */
  honoreesPage: (n: number) => (n <= 1 ? '/guong-sang/' : `/guong-sang/trang/${n}/`),
  /** A file kept under public/, as stored in content ("files/x.pdf" or "/files/x.pdf"). */
  publicFile: (file: string) => (file.startsWith('/') ? file : `/${file}`),
} as const;
