/**
 * The words drawn on a share image, kept in the JPEG as an XMP packet (Dublin Core title and
 * description): the text layer is drawn as outlines, so without it nothing in the file says
 * what the image shows. Tools that read image metadata show it, and a build test can read
 * the share images' text straight from dist/.
 */
import type { ShareImageInput } from './image.ts';

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An XMP packet whose dc:title is the image's title and dc:description its kicker and footer. */
export function shareImageXmp(input: Pick<ShareImageInput, 'title' | 'kicker' | 'footer'>): string {
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="vi">${escapeXml(text.normalize('NFC'))}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    `<dc:title>${alt(input.title)}</dc:title>`,
    `<dc:description>${alt(`${input.kicker} · ${input.footer}`)}</dc:description>`,
    '</rdf:Description></rdf:RDF></x:xmpmeta>',
    '<?xpacket end="r"?>',
  ].join('');
}
