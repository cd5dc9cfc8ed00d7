/**
 * A value that links somewhere on the site (a browse page, another entry) where the page
 * knows the address; the CMS previews, which may not, leave the link out and draw the text.
 */
import { attr, markup, type Part } from './html.ts';

export interface Linked {
  text: string;
  href?: string | undefined;
}

/** The text, in a link when there is an address. */
export function linkedHtml({ text, href }: Linked): Part {
  return href === undefined ? text : markup`<a${attr('href', href)}>${text}</a>`;
}
