/**
 * The 1200×630 image shown when a story, a campaign or the site is shared on Zalo or
 * Facebook: the photo (or the brand colour) under a dark gradient, a small line saying what
 * it is, the title in Be Vietnam Pro bold, and the site's name. Text is drawn as outlines
 * (glyphs.ts), composed with sharp, written as JPEG with the same words as XMP metadata (xmp.ts).
 */
import sharp from 'sharp';
import { fitText } from './wrap.ts';
import { fontFiles, textOutlines, type TextOutlines } from './glyphs.ts';
import { SHARE_HEIGHT, SHARE_WIDTH } from './size.ts';
import { shareImageXmp } from './xmp.ts';

export interface ShareImageInput {
  title: string;
  /** A short line above the title: "Gương sáng · Tổ dân phố số 3". */
  kicker: string;
  /** The line at the bottom: the site's name and the ward. */
  footer: string;
  /** Path of the photo on disk; the brand background when absent. */
  photo?: string | undefined;
}

const MARGIN = 64;
const TEXT_WIDTH = SHARE_WIDTH - 2 * MARGIN;
const BRAND = '#9b1b1f';
const BRAND_DARK = '#4a0c0f';
const ACCENT = '#f4cf72';

let outlines: { bold: TextOutlines; regular: TextOutlines } | undefined;
function fonts() {
  outlines ??= { bold: textOutlines(fontFiles(700)), regular: textOutlines(fontFiles(400)) };
  return outlines;
}

const escapeXml = (s: string) => s.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The overlay: gradient, brand rule and the text as paths (exported for tests). */
export function overlaySvg(input: ShareImageInput): string {
  const { bold, regular } = fonts();
  const title = fitText(input.title, TEXT_WIDTH, 3, [64, 58, 52, 46], bold.measure);
  const lineHeight = Math.round(title.size * 1.22);
  const footerY = SHARE_HEIGHT - 52;
  const lastTitleY = footerY - 62;
  const firstTitleY = lastTitleY - (title.lines.length - 1) * lineHeight;
  const kickerY = firstTitleY - title.size - 14;
  const kicker = fitText(input.kicker, TEXT_WIDTH, 1, [30], bold.measure).lines[0] ?? '';
  const footer = fitText(input.footer, TEXT_WIDTH - 40, 1, [26], regular.measure).lines[0] ?? '';
  const titlePaths = title.lines
    .map((line, i) => `<path d="${bold.path(line, MARGIN, firstTitleY + i * lineHeight, title.size)}"/>`)
    .join('');
  // The gradient starts above the kicker, so light photos keep the text readable (AA contrast).
  const fadeTop = Math.max(0, (kickerY - 110) / SHARE_HEIGHT);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}">
<title>${escapeXml(input.title)}</title>
<defs><linearGradient id="fade" x1="0" y1="0" x2="0" y2="1">
<stop offset="0" stop-color="#000" stop-opacity="0"/>
<stop offset="${fadeTop.toFixed(3)}" stop-color="#000" stop-opacity="0.05"/>
<stop offset="${Math.min(1, fadeTop + 0.22).toFixed(3)}" stop-color="#120405" stop-opacity="0.78"/>
<stop offset="1" stop-color="#120405" stop-opacity="0.9"/>
</linearGradient></defs>
<rect width="100%" height="100%" fill="url(#fade)"/>
<rect x="0" y="0" width="${SHARE_WIDTH}" height="12" fill="${BRAND}"/>
<rect x="${MARGIN}" y="${footerY - 30}" width="8" height="36" fill="${ACCENT}"/>
<g fill="${ACCENT}"><path d="${bold.path(kicker, MARGIN, kickerY, 30)}"/></g>
<g fill="#ffffff">${titlePaths}</g>
<g fill="#f3ece4"><path d="${regular.path(footer, MARGIN + 24, footerY, 26)}"/></g>
</svg>`;
}

/** The background when an entry has no photo: the brand colour with soft rings. */
function brandBackground(): Buffer {
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}">
<defs><linearGradient id="b" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${BRAND}"/><stop offset="1" stop-color="${BRAND_DARK}"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#b)"/>
<g fill="none" stroke="${ACCENT}" stroke-opacity="0.35" stroke-width="3">
<circle cx="1040" cy="150" r="90"/><circle cx="1040" cy="150" r="150"/><circle cx="1040" cy="150" r="210"/>
</g></svg>`);
}

let brandPixels: Promise<Buffer> | undefined;

/** The brand background drawn once per build, as raw pixels. */
function brandBase(): Promise<Buffer> {
  brandPixels ??= sharp(brandBackground()).removeAlpha().raw().toBuffer();
  return brandPixels;
}

/**
 * The share image as JPEG bytes. The photo is cropped to raw pixels first and the overlay
 * composed over those in a second pipeline: in one pipeline sharp composes at the photo's
 * decoding stage, which took about a third longer per image (at thousands of stories the
 * share images are most of a cold build). Plain libjpeg-turbo encoding: mozjpeg would save
 * about a sixth of the bytes of an image only link previews fetch, at ten times the time.
 */
export async function renderShareImage(input: ShareImageInput): Promise<Buffer> {
  const base = input.photo
    ? await sharp(input.photo)
        .rotate()
        .resize(SHARE_WIDTH, SHARE_HEIGHT, { fit: 'cover', position: 'attention' })
        .flatten({ background: BRAND_DARK })
        .raw()
        .toBuffer()
    : await brandBase();
  return sharp(base, { raw: { width: SHARE_WIDTH, height: SHARE_HEIGHT, channels: 3 } })
    .composite([{ input: Buffer.from(overlaySvg(input)), top: 0, left: 0 }])
    .withXmp(shareImageXmp(input))
    .jpeg({ quality: 80 })
    .toBuffer();
}
