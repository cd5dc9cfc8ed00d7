import sharp from 'sharp';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { overlaySvg, renderShareImage } from '../../../src/lib/share/image.ts';
import { SHARE_HEIGHT, SHARE_WIDTH } from '../../../src/lib/share/size.ts';

const dir = mkdtempSync(join(tmpdir(), 'share-image-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('renderShareImage', () => {
  test('makes a 1200×630 JPEG without a photo (brand background)', async () => {
    const jpeg = await renderShareImage({
      title: 'Gương sáng phường',
      kicker: 'Phong trào thi đua',
      footer: 'Gương Sáng',
    });
    const meta = await sharp(jpeg).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', SHARE_WIDTH, SHARE_HEIGHT]);
  });

  test('keeps the words it draws in the JPEG as XMP metadata', async () => {
    const jpeg = await renderShareImage({
      title: 'Chị Lương Thị Thanh Tâm',
      kicker: 'Gương sáng · Tổ dân phố số 5',
      footer: 'Gương Sáng · xã Tân Phong',
    });
    const xmp = (await sharp(jpeg).metadata()).xmpAsString ?? '';
    expect(xmp).toContain('<dc:title><rdf:Alt><rdf:li xml:lang="vi">Chị Lương Thị Thanh Tâm</rdf:li>');
    expect(xmp).toContain('Gương sáng · Tổ dân phố số 5 · Gương Sáng · xã Tân Phong');
  });

  test('fills the frame with a photo of any shape', async () => {
    const tall = await sharp({ create: { width: 300, height: 900, channels: 3, background: '#3a7' } })
      .png()
      .toBuffer();
    const file = join(dir, 'tall.png');
    await sharp(tall).toFile(file);
    const jpeg = await renderShareImage({ title: 'Ảnh dọc', kicker: 'Gương sáng', footer: 'Gương Sáng', photo: file });
    const meta = await sharp(jpeg).metadata();
    expect([meta.width, meta.height]).toEqual([SHARE_WIDTH, SHARE_HEIGHT]);
    // The top of the image shows the photo's colour (the gradient darkens only the lower part).
    const { data } = await sharp(jpeg)
      .extract({ left: 600, top: 60, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(data[1]).toBeGreaterThan(data[0] ?? 0);
  });
  test('shows a transparent photo over the dark brand colour, not black', async () => {
    const file = join(dir, 'clear.png');
    await sharp({ create: { width: 800, height: 600, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toFile(file);
    const jpeg = await renderShareImage({
      title: 'Ảnh trong suốt',
      kicker: 'Gương sáng',
      footer: 'Gương Sáng',
      photo: file,
    });
    const { data } = await sharp(jpeg)
      .extract({ left: 600, top: 60, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    // #4a0c0f: red well above green and blue.
    expect(data[0] ?? 0).toBeGreaterThan(50);
    expect((data[0] ?? 0) - (data[1] ?? 0)).toBeGreaterThan(40);
  });
});

describe('overlaySvg', () => {
  test('sets a long title on at most three lines, as outlines, with the title as SVG title', () => {
    const title =
      'Tổ bảo vệ an ninh, trật tự tổ dân phố số 2 – những đêm không ngủ để khu phố bình yên, năm này qua năm khác, mưa cũng như nắng';
    const svg = overlaySvg({ title, kicker: 'Gương sáng · Tổ dân phố số 2', footer: 'Gương Sáng · phường X' });
    expect(svg).toContain(`<title>${title}</title>`);
    expect(svg).not.toContain('<text');
    expect(svg).not.toMatch(/NaN|undefined/);
    const titleGroup = /<g fill="#ffffff">(.*?)<\/g>/s.exec(svg)?.[1] ?? '';
    expect((titleGroup.match(/<path /g) ?? []).length).toBeLessThanOrEqual(3);
  });
});
