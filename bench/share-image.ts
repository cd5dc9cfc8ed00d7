/**
 * Microbenchmark of one share image (1200×630 JPEG, src/lib/share/image.ts): what today's
 * path costs per image, where that time goes, and the floor when the fixed parts are prepared
 * once and only the text layer is made per entry.
 *
 *   node bench/share-image.ts            # 40 images per variant, 3 rounds, medians
 *   SHARE_BENCH_IMAGES=100 node bench/share-image.ts
 *
 * Everything runs one image at a time (sharp's own threads still work inside each image), so
 * the figures are per-image latencies; a build renders four pages at a time. Timings are
 * wall-clock and depend on the machine's load: compare variants of the same run only.
 */
import sharp from 'sharp';
import { loadavg } from 'node:os';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticPhotos } from './generate.ts';
import { overlaySvg, renderShareImage, type ShareImageInput } from '../src/lib/share/image.ts';
import { SHARE_HEIGHT, SHARE_WIDTH } from '../src/lib/share/size.ts';
import { shareImageXmp } from '../src/lib/share/xmp.ts';

const IMAGES = Number(process.env.SHARE_BENCH_IMAGES ?? 40);
const ROUNDS = 3;
const dir = mkdtempSync(join(tmpdir(), 'share-bench-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const photos = (await syntheticPhotos()).map((bytes, i) => {
  const file = join(dir, `photo-${i}.jpg`);
  writeFileSync(file, bytes);
  return file;
});
const SYLLABLES =
  'gương sáng tổ dân phố người tốt việc tốt khuyến học bảo vệ an ninh trật tự đường hoa hiến đất mở rộng ngõ xóm thi đua yêu nước chăm lo người cao tuổi'.split(
    ' ',
  );
/** Titles of 6 to 30 syllables (one to three lines), the same every run. */
const inputs: ShareImageInput[] = Array.from({ length: IMAGES }, (_, i) => ({
  title: Array.from({ length: 6 + ((i * 7) % 25) }, (_, k) => SYLLABLES[(i * 3 + k * 5) % SYLLABLES.length]).join(' '),
  kicker: `Gương sáng · Tổ dân phố số ${(i % 12) + 1}`,
  footer: 'Gương Sáng · phường Tân Phong',
  photo: photos[i % photos.length],
}));

const RAW = { raw: { width: SHARE_WIDTH, height: SHARE_HEIGHT, channels: 3 as const } };

async function crop(photo: string): Promise<Buffer> {
  return sharp(photo)
    .rotate()
    .resize(SHARE_WIDTH, SHARE_HEIGHT, { fit: 'cover', position: 'attention' })
    .flatten({ background: '#4a0c0f' })
    .raw()
    .toBuffer();
}

const cropped = new Map<string, Buffer>();
for (const photo of photos) cropped.set(photo, await crop(photo));
const overlays = inputs.map((input) => Buffer.from(overlaySvg(input)));
/** The whole overlay rasterised ahead: the bound for composing and encoding alone. */
const overlayPixels = await Promise.all(overlays.map((svg) => sharp(svg).raw().toBuffer()));
const base = cropped.get(photos[0] ?? '') ?? Buffer.alloc(0);

/**
 * The overlay split in its fixed part (gradient and brand rules: one of a few variants, as the
 * gradient starts above the kicker) and its text layer (the outlines): the floor's inputs.
 */
const TEXT_GROUPS = /<g fill="[^"]+">.*?<\/g>/gs;
const fixedPart = (svg: string) => svg.replace(TEXT_GROUPS, '').replace(/<title>.*?<\/title>/s, '');
const textPart = (svg: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}">${(svg.match(TEXT_GROUPS) ?? []).join('')}</svg>`;
const fixedPixels = new Map<string, Promise<Buffer>>();
/** The fixed part as raw RGBA pixels, rasterised once per variant. */
const fixedOnce = (svg: string) => {
  const key = fixedPart(svg);
  let pixels = fixedPixels.get(key);
  if (!pixels) {
    pixels = sharp(Buffer.from(key)).raw().toBuffer();
    fixedPixels.set(key, pixels);
  }
  return pixels;
};
const RGBA = { raw: { width: SHARE_WIDTH, height: SHARE_HEIGHT, channels: 4 as const } };

/** The floor's image: the fixed part rasterised once, the text layer composed per image on `base` (raw pixels). */
async function onFixedParts(base: Buffer | undefined, input: ShareImageInput): Promise<Buffer> {
  const svg = overlaySvg(input);
  return sharp(base, RAW)
    .composite([
      { input: await fixedOnce(svg), ...RGBA, top: 0, left: 0 },
      { input: Buffer.from(textPart(svg)), top: 0, left: 0 },
    ])
    .withXmp(shareImageXmp(input))
    .jpeg({ quality: 80 })
    .toBuffer();
}

type Step = (input: ShareImageInput, i: number) => unknown;
const steps: [string, Step][] = [];
const measure = (step: string, fn: Step) => steps.push([step, fn]);
const loadStart = loadavg()[0] ?? 0;

measure('today: renderShareImage with a photo', (input) => renderShareImage(input));
measure('today: renderShareImage, brand background', (input) => renderShareImage({ ...input, photo: undefined }));
measure('  part: overlay SVG text (glyph outlines → path data)', (input) => overlaySvg(input));
measure('  part: photo decode + attention crop to raw', (input) => crop(input.photo ?? ''));
measure('  part: rasterise the 1200×630 overlay SVG (librsvg)', (_input, i) => sharp(overlays[i]).raw().toBuffer());
measure('  part: compose overlay SVG on raw base + JPEG + XMP', (input, i) =>
  sharp(base, RAW)
    .composite([{ input: overlays[i] ?? '', top: 0, left: 0 }])
    .withXmp(shareImageXmp(input))
    .jpeg({ quality: 80 })
    .toBuffer(),
);
measure('  part: JPEG encode of raw 1200×630 alone', () => sharp(base, RAW).jpeg({ quality: 80 }).toBuffer());
measure('bound: whole overlay rasterised ahead, compose on cropped photo + JPEG', (input, i) =>
  sharp(cropped.get(input.photo ?? ''), RAW)
    .composite([{ input: overlayPixels[i] ?? Buffer.alloc(0), ...RGBA, top: 0, left: 0 }])
    .withXmp(shareImageXmp(input))
    .jpeg({ quality: 80 })
    .toBuffer(),
);
measure('floor: same, the overlay SVG made and rasterised per image (photo crop kept)', (input) =>
  sharp(cropped.get(input.photo ?? ''), RAW)
    .composite([{ input: Buffer.from(overlaySvg(input)), top: 0, left: 0 }])
    .withXmp(shareImageXmp(input))
    .jpeg({ quality: 80 })
    .toBuffer(),
);
measure('floor: fixed parts rasterised once, text layer per image (photo crop kept)', (input) =>
  onFixedParts(cropped.get(input.photo ?? ''), input),
);
measure('floor: fixed parts once, text layer per image, photo crop per image', async (input) =>
  onFixedParts(await crop(input.photo ?? ''), input),
);

// Rounds interleave the steps, so that a change in the machine's load weighs on all of them alike.
const times = new Map<string, number[]>();
for (let r = 0; r < ROUNDS; r += 1) {
  for (const [step, fn] of steps) {
    const start = performance.now();
    for (const [i, input] of inputs.entries()) await fn(input, i);
    times.set(step, [...(times.get(step) ?? []), (performance.now() - start) / inputs.length]);
  }
}
const rows = steps.map(([step]) => {
  const sorted = [...(times.get(step) ?? [])].sort((a, b) => a - b);
  return { step, 'ms per image': Number((sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(1)) };
});
console.log(
  `Share image, ${IMAGES} images × ${ROUNDS} rounds, one at a time, median ms per image (load ${loadStart.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)}, sharp threads ${sharp.concurrency()})`,
);
console.table(rows);
console.log(`Fixed-part variants rasterised: ${fixedPixels.size}`);

/** How far the floor's images are from today's: decoded pixels compared, and whether the bytes are equal. */
const floorImage = async (input: ShareImageInput) => onFixedParts(await crop(input.photo ?? ''), input);
let identical = 0;
let maxDiff = 0;
let sumDiff = 0;
let samples = 0;
for (const input of inputs.slice(0, 10)) {
  const [today, floor] = await Promise.all([renderShareImage(input), floorImage(input)]);
  if (today.equals(floor)) identical += 1;
  const [a, b] = await Promise.all([sharp(today).raw().toBuffer(), sharp(floor).raw().toBuffer()]);
  for (let k = 0; k < a.length; k += 1) {
    const d = Math.abs((a[k] ?? 0) - (b[k] ?? 0));
    maxDiff = Math.max(maxDiff, d);
    sumDiff += d;
  }
  samples += a.length;
}
console.log(
  `Floor against today's images (10): ${identical} byte-identical; decoded channel values differ by ${(sumDiff / samples).toFixed(3)} on average, ${maxDiff} at most (of 255).`,
);
