/**
 * Text as SVG outlines in the site's own font, so share images look the same on any build
 * machine whatever fonts it has (librsvg would otherwise pick a system font, often without
 * Vietnamese). Be Vietnam Pro comes from @fontsource as subsets: each character is drawn
 * from the first file that has it (latin for a, á, ê; vietnamese for ư, ơ, đ, ệ, ữ…).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Font, Glyph, PathCommand } from 'opentype.js';

const require = createRequire(import.meta.url);
// opentype.js publishes CommonJS as its main entry and ESM without a default export: load the former.
const opentype = require('opentype.js') as typeof import('opentype.js');

export interface TextOutlines {
  /** Width of `text` at `size` pixels. */
  measure: (text: string, size: number) => number;
  /** SVG path data of `text` with its baseline starting at (x, y). */
  path: (text: string, x: number, y: number, size: number) => string;
  /** Characters of `text` that no font file has. */
  missing: (text: string) => string[];
}

/** Files of the self-hosted font, by weight: latin subset first, then the Vietnamese one. */
export function fontFiles(weight: 400 | 700): string[] {
  return ['latin', 'vietnamese'].map((subset) =>
    require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`),
  );
}

function load(file: string): Font {
  const bytes = readFileSync(file);
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

const n = (v: number) => (Math.round(v * 10) / 10).toString();

/**
 * SVG path data from outline commands. (opentype.js's own toPathData flips y by default and
 * prints NaN for some coordinates in 2.0.0, which makes librsvg drop the rest of the path.)
 */
export function pathData(commands: readonly PathCommand[]): string {
  return commands
    .map((c) => {
      switch (c.type) {
        case 'M':
        case 'L':
          return `${c.type}${n(c.x)} ${n(c.y)}`;
        case 'Q':
          return `Q${n(c.x1)} ${n(c.y1)} ${n(c.x)} ${n(c.y)}`;
        case 'C':
          return `C${n(c.x1)} ${n(c.y1)} ${n(c.x2)} ${n(c.y2)} ${n(c.x)} ${n(c.y)}`;
        case 'Z':
          return 'Z';
      }
    })
    .join('');
}

interface Placed {
  font: Font;
  glyph: Glyph;
}

/** Outlines drawn from the given font files, tried in order for each character. */
export function textOutlines(files: readonly string[]): TextOutlines {
  const fonts = files.map(load);
  const first = fonts[0];
  if (!first) throw new Error('textOutlines needs at least one font file');
  const place = (text: string): Placed[] =>
    [...text.normalize('NFC')].map((ch) => {
      const font = fonts.find((f) => f.hasChar(ch)) ?? first;
      return { font, glyph: font.charToGlyph(ch) };
    });
  /** Advance of each placed glyph, in pixels, with kerning between glyphs of one file. */
  const advances = (placed: Placed[], size: number) =>
    placed.map(({ font, glyph }, i) => {
      const next = placed[i + 1];
      const kern = next && next.font === font ? font.getKerningValue(glyph, next.glyph) : 0;
      return (((glyph.advanceWidth ?? 0) + kern) * size) / font.unitsPerEm;
    });
  return {
    measure: (text, size) => advances(place(text), size).reduce((a, b) => a + b, 0),
    path: (text, x, y, size) => {
      const placed = place(text);
      const steps = advances(placed, size);
      let cursor = x;
      return placed
        .map(({ glyph }, i) => {
          const d = pathData(glyph.getPath(cursor, y, size).commands);
          cursor += steps[i] ?? 0;
          return d;
        })
        .filter(Boolean)
        .join('');
    },
    missing: (text) => [
      ...new Set([...text.normalize('NFC')].filter((ch) => !/\s/.test(ch) && !fonts.some((f) => f.hasChar(ch)))),
    ],
  };
}
