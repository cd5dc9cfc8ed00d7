/**
 * Renders the illustrations used by the example stories and campaigns.
 *
 * Every picture is an SVG scene composed here from simple shapes (sky, hills, houses, trees,
 * people as friendly silhouettes) and turned into a JPEG with sharp: no text, no downloaded
 * imagery. Colours and layout vary per picture but are derived from its id, so running the
 * script again gives the same files.
 *
 * Usage: npx node scripts/example-photos.ts
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import sharp from 'sharp';

const W = 1600;
const H = 1000;
const GROUND = 760;

type Scene =
  | 'books'
  | 'wallet'
  | 'patrol'
  | 'exercise'
  | 'flowers'
  | 'greenhouse'
  | 'lane'
  | 'veteran'
  | 'lake'
  | 'health'
  | 'hall'
  | 'stage'
  | 'helping'
  | 'green-street';

/** What to render: output path (relative to the project root) and the scene to compose. */
const PICTURES: readonly { out: string; scene: Scene }[] = [
  { out: 'content/honorees/images/ba-nguyen-thi-hoa-tu-sach-khuyen-hoc.jpg', scene: 'books' },
  { out: 'content/honorees/images/em-tran-minh-khoi-tra-lai-tien-danh-roi.jpg', scene: 'wallet' },
  { out: 'content/honorees/images/to-bao-ve-an-ninh-trat-tu-tdp-2.jpg', scene: 'patrol' },
  { out: 'content/honorees/images/clb-duong-sinh-nguoi-cao-tuoi-tdp-4.jpg', scene: 'exercise' },
  { out: 'content/honorees/images/chi-hoi-phu-nu-tdp-6-tuyen-duong-hoa.jpg', scene: 'flowers' },
  { out: 'content/honorees/images/gia-dinh-ong-pham-van-thang-trong-rau-sach.jpg', scene: 'greenhouse' },
  { out: 'content/honorees/images/gia-dinh-ong-bui-van-khiem-hien-dat-mo-ngo.jpg', scene: 'lane' },
  { out: 'content/honorees/images/ba-hoang-thi-luu-cuu-thanh-nien-xung-phong.jpg', scene: 'veteran' },
  { out: 'content/honorees/images/anh-ngo-duc-tai-cuu-be-duoi-nuoc.jpg', scene: 'lake' },
  { out: 'content/honorees/images/chi-luong-thi-thanh-tam-cong-tac-vien-y-te.jpg', scene: 'health' },
  { out: 'content/campaigns/images/thi-dua-khen-thuong-2025.jpg', scene: 'hall' },
  { out: 'content/campaigns/images/hoi-nghi-dien-hinh-tien-tien-2020-2025.jpg', scene: 'stage' },
  { out: 'content/campaigns/images/guong-nguoi-tot-viec-tot-2026.jpg', scene: 'helping' },
  { out: 'content/campaigns/images/to-dan-pho-xanh-sach-dep-2026.jpg', scene: 'green-street' },
];

/** A small seeded random generator (mulberry32), seeded from the picture's file name. */
function randomFor(key: string): () => number {
  let seed = 2166136261;
  for (const ch of key) seed = Math.imul(seed ^ ch.charCodeAt(0), 16777619);
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
const between = (rng: Rng, min: number, max: number): number => min + rng() * (max - min);

const SKIES = [
  ['#8ecae6', '#e0f4ff'],
  ['#a7d8f0', '#fdf3d8'],
  ['#9bd0e8', '#f5fbff'],
  ['#b5e3f5', '#fff4e0'],
] as const;
const HILLS = ['#9cc98a', '#86bb7a', '#a9d18e', '#7fb77e'] as const;
const WALLS = ['#f4d7a1', '#f6e3c6', '#e9c9a8', '#fbe7d0', '#f1d1b5', '#e8e1cf'] as const;
const ROOFS = ['#c8553d', '#b5483a', '#d0703c', '#9e4a3b'] as const;
const SHIRTS = ['#3a86ff', '#ef476f', '#06a77d', '#ffb703', '#8e6cc9', '#fb8500', '#2a9d8f'] as const;
const SKIN = ['#f1c7a0', '#e4b48c', '#d9a17a'] as const;
const BLOOMS = ['#e63946', '#ffbe0b', '#b5179e', '#ff7aa2', '#f77f00', '#ffffff'] as const;

function defs(): string {
  return `<defs>
    <linearGradient id="night" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#14213d"/><stop offset="1" stop-color="#3d5a80"/></linearGradient>
    <linearGradient id="dawn" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#ffafcc"/><stop offset="1" stop-color="#ffe5b4"/></linearGradient>
    <linearGradient id="water" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#48cae4"/><stop offset="1" stop-color="#0077b6"/></linearGradient>
    <radialGradient id="glow"><stop offset="0" stop-color="#fff3b0" stop-opacity="0.9"/><stop offset="1" stop-color="#fff3b0" stop-opacity="0"/></radialGradient>
  </defs>`;
}

function sky(rng: Rng, mood: 'day' | 'night' | 'dawn' = 'day'): string {
  if (mood === 'night') {
    const stars = Array.from({ length: 40 }, () => {
      const r = between(rng, 1.5, 3.5);
      return `<circle cx="${between(rng, 0, W)}" cy="${between(rng, 0, 420)}" r="${r}" fill="#fefae0" opacity="0.8"/>`;
    }).join('');
    return `<rect width="${W}" height="${H}" fill="url(#night)"/>${stars}<circle cx="${between(rng, 1100, 1400)}" cy="160" r="70" fill="#fefae0"/>`;
  }
  if (mood === 'dawn')
    return `<rect width="${W}" height="${H}" fill="url(#dawn)"/><circle cx="${between(rng, 300, 1300)}" cy="560" r="120" fill="#ffd166"/>`;
  const [top, bottom] = pick(rng, SKIES);
  const clouds = Array.from({ length: 3 }, () =>
    cloud(between(rng, 100, 1500), between(rng, 80, 300), between(rng, 0.7, 1.3)),
  ).join('');
  return `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>
    <rect width="${W}" height="${H}" fill="url(#sky)"/><circle cx="${between(rng, 150, 1450)}" cy="${between(rng, 110, 200)}" r="70" fill="#ffd166"/>${clouds}`;
}

function cloud(x: number, y: number, s: number): string {
  return `<g fill="#ffffff" opacity="0.9" transform="translate(${x} ${y}) scale(${s})"><ellipse cx="0" cy="0" rx="90" ry="34"/><ellipse cx="-50" cy="8" rx="55" ry="28"/><ellipse cx="55" cy="10" rx="60" ry="26"/></g>`;
}

function hills(rng: Rng, y = 600): string {
  const a = pick(rng, HILLS);
  const b = pick(rng, HILLS);
  return `<path d="M0 ${y} Q ${between(rng, 200, 500)} ${y - 180} 800 ${y - 40} T ${W} ${y - 60} V ${H} H 0 Z" fill="${a}" opacity="0.7"/>
    <path d="M0 ${y + 80} Q 500 ${y - 60} 1000 ${y + 40} T ${W} ${y + 20} V ${H} H 0 Z" fill="${b}"/>`;
}

function ground(color = '#8fc97c'): string {
  return `<rect x="0" y="${GROUND}" width="${W}" height="${H - GROUND}" fill="${color}"/>`;
}

function house(rng: Rng, x: number, w: number, h: number, base = GROUND): string {
  const wall = pick(rng, WALLS);
  const roof = pick(rng, ROOFS);
  const top = base - h;
  return `<g><rect x="${x}" y="${top}" width="${w}" height="${h}" fill="${wall}"/>
    <path d="M ${x - 20} ${top} L ${x + w / 2} ${top - h * 0.45} L ${x + w + 20} ${top} Z" fill="${roof}"/>
    <rect x="${x + w * 0.4}" y="${base - h * 0.5}" width="${w * 0.2}" height="${h * 0.5}" fill="#7f5539"/>
    <rect x="${x + w * 0.12}" y="${top + h * 0.2}" width="${w * 0.18}" height="${w * 0.18}" fill="#bde0fe" stroke="#ffffff" stroke-width="4"/>
    <rect x="${x + w * 0.7}" y="${top + h * 0.2}" width="${w * 0.18}" height="${w * 0.18}" fill="#bde0fe" stroke="#ffffff" stroke-width="4"/></g>`;
}

function tree(x: number, base: number, s: number, leaf = '#2d6a4f'): string {
  return `<g><rect x="${x - 10 * s}" y="${base - 110 * s}" width="${20 * s}" height="${110 * s}" fill="#7f5539"/>
    <circle cx="${x}" cy="${base - 150 * s}" r="${65 * s}" fill="${leaf}"/><circle cx="${x - 45 * s}" cy="${base - 115 * s}" r="${45 * s}" fill="${leaf}"/><circle cx="${x + 45 * s}" cy="${base - 115 * s}" r="${45 * s}" fill="${leaf}"/></g>`;
}

function village(rng: Rng, count = 4, base = GROUND): string {
  const parts: string[] = [];
  const step = W / count;
  for (let i = 0; i < count; i++) {
    const x = i * step + between(rng, 20, step - 260);
    parts.push(house(rng, x, between(rng, 180, 230), between(rng, 140, 190), base));
    parts.push(
      tree(x + between(rng, 260, 330), base, between(rng, 0.7, 1.0), pick(rng, ['#2d6a4f', '#40916c', '#52b788'])),
    );
  }
  return parts.join('');
}

interface PersonOptions {
  shirt?: string;
  arms?: 'down' | 'up' | 'right' | 'left' | 'both-out';
  hair?: string;
  hat?: 'non-la' | 'cap';
  bag?: string;
}

/** A friendly silhouette standing on `base`, about 300 × s pixels tall. */
function person(rng: Rng, x: number, base: number, s: number, o: PersonOptions = {}): string {
  const shirt = o.shirt ?? pick(rng, SHIRTS);
  const skin = pick(rng, SKIN);
  const hair = o.hair ?? '#2b2d42';
  const top = base - 300 * s;
  const sh = top + 95 * s; // shoulder line
  const arm = (dx: number, dy: number, side: -1 | 1) =>
    `<line x1="${x + side * 38 * s}" y1="${sh + 10 * s}" x2="${x + side * 38 * s + dx * s}" y2="${sh + 10 * s + dy * s}" stroke="${shirt}" stroke-width="${22 * s}" stroke-linecap="round"/>`;
  const arms = {
    down: arm(6, 95, -1) + arm(-6, 95, 1),
    up: arm(-40, -85, -1) + arm(40, -85, 1),
    right: arm(6, 95, -1) + arm(85, 20, 1),
    left: arm(-85, 20, -1) + arm(-6, 95, 1),
    'both-out': arm(-80, -10, -1) + arm(80, -10, 1),
  }[o.arms ?? 'down'];
  const hat =
    o.hat === 'non-la'
      ? `<path d="M ${x - 70 * s} ${top + 30 * s} L ${x} ${top - 35 * s} L ${x + 70 * s} ${top + 30 * s} Z" fill="#f2e8cf" stroke="#d4a373" stroke-width="${3 * s}"/>`
      : o.hat === 'cap'
        ? `<path d="M ${x - 40 * s} ${top + 25 * s} Q ${x} ${top - 25 * s} ${x + 40 * s} ${top + 25 * s} L ${x + 65 * s} ${top + 30 * s} L ${x - 40 * s} ${top + 30 * s} Z" fill="${shirt}"/>`
        : `<path d="M ${x - 40 * s} ${top + 40 * s} Q ${x} ${top - 20 * s} ${x + 40 * s} ${top + 40 * s} Z" fill="${hair}"/>`;
  const bag = o.bag
    ? `<rect x="${x - 62 * s}" y="${sh + 5 * s}" width="${30 * s}" height="${70 * s}" rx="${8 * s}" fill="${o.bag}"/>`
    : '';
  return `<g>${bag}
    <rect x="${x - 28 * s}" y="${base - 110 * s}" width="${22 * s}" height="${110 * s}" rx="${8 * s}" fill="#344e41"/>
    <rect x="${x + 6 * s}" y="${base - 110 * s}" width="${22 * s}" height="${110 * s}" rx="${8 * s}" fill="#344e41"/>
    <path d="M ${x - 45 * s} ${base - 100 * s} L ${x - 40 * s} ${sh} Q ${x} ${sh - 25 * s} ${x + 40 * s} ${sh} L ${x + 45 * s} ${base - 100 * s} Z" fill="${shirt}"/>
    ${arms}
    <circle cx="${x}" cy="${top + 50 * s}" r="${42 * s}" fill="${skin}"/>${hat}</g>`;
}

function flowerRow(rng: Rng, y: number, from: number, to: number, size: number): string {
  const parts: string[] = [];
  for (let x = from; x < to; x += size * 2.2) {
    const c = pick(rng, BLOOMS);
    const yy = y + between(rng, -size, size);
    parts.push(
      `<circle cx="${x}" cy="${yy + size * 1.2}" r="${size * 0.9}" fill="#52b788"/><circle cx="${x}" cy="${yy}" r="${size}" fill="${c}"/>`,
    );
  }
  return parts.join('');
}

/** Each scene draws the whole picture from the generator it is given. */
const SCENES: Record<Scene, (rng: Rng) => string> = {
  books: (rng) => {
    const wall = pick(rng, WALLS);
    const books: string[] = [];
    for (let shelf = 0; shelf < 4; shelf++) {
      const y = 260 + shelf * 130;
      books.push(`<rect x="820" y="${y + 110}" width="620" height="16" fill="#7f5539"/>`);
      for (let x = 835; x < 1420;) {
        const w = between(rng, 24, 46);
        const h = between(rng, 80, 108);
        books.push(`<rect x="${x}" y="${y + 110 - h}" width="${w}" height="${h}" rx="3" fill="${pick(rng, SHIRTS)}"/>`);
        x += w + 4;
      }
    }
    return `<rect width="${W}" height="${H}" fill="${wall}"/>
      <rect x="120" y="160" width="460" height="340" fill="#bde0fe" stroke="#ffffff" stroke-width="18"/>${cloud(330, 270, 0.8)}
      <rect x="800" y="230" width="660" height="560" fill="#9c6644"/>${books.join('')}
      <rect x="0" y="${GROUND + 30}" width="${W}" height="${H - GROUND}" fill="#d4a373"/>
      ${person(rng, 560, GROUND + 120, 1.6, { hair: '#d9d9d9', shirt: '#8e6cc9', arms: 'right' })}
      ${person(rng, 230, GROUND + 150, 0.95, { arms: 'right' })}<rect x="330" y="${GROUND - 62}" width="80" height="60" fill="#ffffff" stroke="#3a86ff" stroke-width="6"/>
      ${person(rng, 880, GROUND + 150, 0.9, { arms: 'left' })}<rect x="705" y="${GROUND - 58}" width="80" height="60" fill="#ffffff" stroke="#ef476f" stroke-width="6"/>`;
  },
  wallet: (rng) =>
    `${sky(rng)}${hills(rng)}${village(rng)}${ground('#adb5bd')}<rect x="0" y="${GROUND + 120}" width="${W}" height="${H}" fill="#8fc97c"/>
      ${tree(180, GROUND + 40, 1.2)}${person(rng, 640, GROUND + 100, 0.78, { arms: 'right', bag: '#e63946', shirt: '#ffffff' })}
      <rect x="718" y="${GROUND - 160}" width="54" height="38" rx="6" fill="#8b5e34"/>
      ${person(rng, 900, GROUND + 100, 1.05, { arms: 'left' })}${tree(1420, GROUND + 40, 1.1)}`,
  patrol: (rng) => {
    const lamps = [300, 800, 1300]
      .map(
        (x) =>
          `<circle cx="${x}" cy="360" r="140" fill="url(#glow)"/><rect x="${x - 8}" y="360" width="16" height="${GROUND - 360}" fill="#495057"/><circle cx="${x}" cy="355" r="22" fill="#fff3b0"/>`,
      )
      .join('');
    return `${sky(rng, 'night')}<g opacity="0.55">${village(rng, 4)}</g>${lamps}${ground('#495057')}
      ${[520, 720, 920].map((x) => person(rng, x + between(rng, -20, 20), GROUND + 120, 0.95, { shirt: '#2a9d8f', hat: 'cap', arms: x === 920 ? 'right' : 'down' })).join('')}
      <path d="M 1020 ${GROUND - 170} L 1400 ${GROUND - 60} L 1400 ${GROUND + 40} Z" fill="#fff3b0" opacity="0.35"/>`;
  },
  exercise: (rng) => {
    const people = Array.from({ length: 7 }, (_, i) =>
      person(rng, 170 + i * 210, GROUND + 140 + (i % 2) * 40, 0.85, {
        arms: i % 3 === 1 ? 'both-out' : 'up',
        hair: pick(rng, ['#d9d9d9', '#adb5bd', '#2b2d42']),
      }),
    ).join('');
    return `${sky(rng, 'dawn')}${hills(rng, 640)}${tree(120, 720, 1.3, '#40916c')}${tree(1480, 720, 1.2, '#2d6a4f')}${ground('#95d5b2')}${people}`;
  },
  flowers: (rng) =>
    `${sky(rng)}${hills(rng)}${village(rng, 4, 660)}<rect x="0" y="660" width="${W}" height="${H}" fill="#8fc97c"/>
      <path d="M0 900 Q 800 840 ${W} 910 V ${H} H 0 Z" fill="url(#water)"/>
      <path d="M0 760 Q 800 720 ${W} 770 L ${W} 850 Q 800 800 0 850 Z" fill="#d6ccc2"/>
      ${flowerRow(rng, 745, 20, W, 16)}${flowerRow(rng, 870, 20, W, 16)}
      ${[360, 820, 1240].map((x) => person(rng, x, 830, 0.72, { hat: 'non-la', arms: 'left' })).join('')}`,
  greenhouse: (rng) => {
    const rows = Array.from({ length: 5 }, (_, i) => {
      const y = 640 + i * 60;
      return `<rect x="180" y="${y}" width="1240" height="22" rx="10" fill="#7f5539"/>${flowerRow(rng, y - 4, 200, 1400, 14).replace(/fill="#(?!52b788)[0-9a-f]{6}"/g, 'fill="#2d6a4f"')}`;
    }).join('');
    const arch = Array.from(
      { length: 12 },
      (_, i) =>
        `<line x1="${180 + i * 112}" y1="330" x2="${180 + i * 112}" y2="900" stroke="#ffffff" stroke-width="3" opacity="0.6"/>`,
    ).join('');
    return `${sky(rng)}${hills(rng, 520)}<rect x="0" y="560" width="${W}" height="${H}" fill="#a3b18a"/>
      <path d="M150 900 V 420 Q 800 220 1450 420 V 900 Z" fill="#e9f5db" opacity="0.55" stroke="#ffffff" stroke-width="6"/>${arch}${rows}
      ${person(rng, 1250, 960, 0.95, { arms: 'down', hat: 'non-la' })}${person(rng, 1400, 960, 1.0, { arms: 'left' })}
      <path d="M 1080 960 L 1100 880 L 1200 880 L 1220 960 Z" fill="#bc6c25"/><circle cx="1130" cy="870" r="22" fill="#52b788"/><circle cx="1170" cy="866" r="24" fill="#40916c"/>`;
  },
  lane: (rng) => {
    const left = [0, 1, 2].map((i) => house(rng, 20 + i * 160, 150, 220 - i * 40, 760 - i * 40)).join('');
    const right = [0, 1, 2].map((i) => house(rng, 1430 - i * 160, 150, 220 - i * 40, 760 - i * 40)).join('');
    return `${sky(rng)}${hills(rng, 560)}${left}${right}<rect x="0" y="760" width="${W}" height="${H}" fill="#8fc97c"/>
      <path d="M 640 640 L 960 640 L 1380 ${H} L 220 ${H} Z" fill="#ced4da"/><path d="M 800 640 L 800 ${H}" stroke="#ffffff" stroke-width="6" stroke-dasharray="30 30"/>
      <rect x="180" y="700" width="300" height="40" fill="#e9c9a8"/>
      ${[300, 1300].map((x) => tree(x, 900, 0.55, '#52b788')).join('')}${tree(560, 700, 0.4, '#52b788')}${tree(1040, 700, 0.4, '#52b788')}
      ${person(rng, 720, 960, 0.7, { hair: '#d9d9d9', arms: 'right' })}`;
  },
  veteran: (rng) =>
    `${sky(rng)}${hills(rng, 560)}<rect x="0" y="700" width="${W}" height="${H}" fill="#a7c957"/>
      <path d="M 1500 560 C 1100 600 1300 700 900 740 S 500 900 200 ${H}" stroke="#d4a373" stroke-width="70" fill="none"/>
      <rect x="1250" y="300" width="10" height="330" fill="#6c757d"/><path d="M 1260 300 h 150 v 95 h -150 Z" fill="#da2c38"/>
      <path d="M 1335 322 l 12 32 h 33 l -27 20 l 10 32 l -28 -20 l -28 20 l 10 -32 l -27 -20 h 33 Z" fill="#ffd60a"/>
      ${person(rng, 560, 930, 1.25, { hat: 'non-la', hair: '#d9d9d9', shirt: '#588157', arms: 'down' })}${tree(200, 760, 1.1)}`,
  lake: (rng) => {
    const waves = Array.from(
      { length: 8 },
      (_, i) =>
        `<path d="M ${between(rng, 0, 1200)} ${760 + i * 30} q 40 -14 80 0 t 80 0" stroke="#ffffff" stroke-width="4" fill="none" opacity="0.6"/>`,
    ).join('');
    return `${sky(rng)}${hills(rng, 560)}${village(rng, 3, 640)}<rect x="0" y="640" width="${W}" height="${H}" fill="#8fc97c"/>
      <path d="M0 700 Q 600 660 1150 700 Q 1250 820 1050 ${H} H 0 Z" fill="url(#water)"/>${waves}
      ${person(rng, 1330, 930, 1.05, { arms: 'left', shirt: '#fb8500' })}${person(rng, 1220, 850, 0.45, { shirt: '#ffbe0b' })}${tree(1500, 800, 0.9)}`;
  },
  health: (rng) => {
    const heart = `<path d="M 1180 320 C 1180 270 1250 250 1270 300 C 1290 250 1360 270 1360 320 C 1360 380 1270 420 1270 440 C 1270 420 1180 380 1180 320 Z" fill="#ef476f"/>`;
    return `${sky(rng)}${hills(rng)}${village(rng, 3)}${ground('#adb5bd')}<rect x="0" y="${GROUND + 150}" width="${W}" height="${H}" fill="#8fc97c"/>${heart}
      <circle cx="560" cy="${GROUND + 110}" r="70" fill="none" stroke="#212529" stroke-width="10"/><circle cx="820" cy="${GROUND + 110}" r="70" fill="none" stroke="#212529" stroke-width="10"/>
      <path d="M 560 ${GROUND + 110} L 650 ${GROUND - 20} L 780 ${GROUND - 20} L 820 ${GROUND + 110} M 650 ${GROUND - 20} L 690 ${GROUND + 110} L 780 ${GROUND - 20}" stroke="#3a86ff" stroke-width="12" fill="none"/>
      ${person(rng, 680, GROUND + 40, 0.8, { arms: 'right', shirt: '#ffffff', bag: '#06a77d' })}`;
  },
  hall: (rng) => {
    const heads = Array.from({ length: 4 }, (_, row) =>
      Array.from({ length: 9 }, (_, i) => {
        const x = 110 + i * 175 + (row % 2) * 60;
        const y = 700 + row * 80;
        return `<rect x="${x - 45}" y="${y + 20}" width="90" height="90" rx="30" fill="${pick(rng, SHIRTS)}"/><circle cx="${x}" cy="${y}" r="32" fill="${pick(rng, ['#2b2d42', '#3d405b', '#adb5bd'])}"/>`;
      }).join(''),
    ).join('');
    return `<rect width="${W}" height="${H}" fill="#fdf0d5"/><rect x="200" y="80" width="1200" height="420" fill="#c1121f"/>
      <path d="M 800 160 l 30 80 h 84 l -68 50 l 26 80 l -72 -50 l -72 50 l 26 -80 l -68 -50 h 84 Z" fill="#ffd60a"/>
      <rect x="150" y="500" width="1300" height="80" fill="#9c6644"/>
      ${[320, 1280].map((x) => `<path d="M ${x - 50} 500 L ${x + 50} 500 L ${x + 35} 420 L ${x - 35} 420 Z" fill="#bc6c25"/>${flowerRow(rng, 400, x - 60, x + 70, 18)}`).join('')}${heads}`;
  },
  stage: (rng) => {
    const people = Array.from({ length: 6 }, (_, i) => {
      const x = 310 + i * 200;
      return `${person(rng, x, 700, 0.85, { arms: 'right' })}<rect x="${x + 40}" y="500" width="52" height="38" fill="#fff3b0" stroke="#c1121f" stroke-width="4"/>`;
    }).join('');
    const flag = (x: number) =>
      `<rect x="${x}" y="120" width="8" height="380" fill="#6c757d"/><path d="M ${x + 8} 120 h 170 v 110 h -170 Z" fill="#da2c38"/><path d="M ${x + 93} 145 l 12 30 h 32 l -26 19 l 10 30 l -28 -19 l -28 19 l 10 -30 l -26 -19 h 32 Z" fill="#ffd60a"/>`;
    return `<rect width="${W}" height="${H}" fill="#003049"/><rect x="120" y="60" width="1360" height="640" fill="#1d3557"/>
      ${flag(160)}${flag(1260)}${people}<rect x="80" y="700" width="1440" height="80" fill="#9c6644"/>
      ${flowerRow(rng, 690, 100, 1500, 22)}<rect x="0" y="780" width="${W}" height="${H}" fill="#264653"/>`;
  },
  helping: (rng) =>
    `${sky(rng)}${hills(rng)}${village(rng)}${ground()}
      ${person(rng, 660, 930, 1.0, { arms: 'right' })}${person(rng, 940, 930, 1.0, { arms: 'left', hair: '#d9d9d9' })}
      <path d="M 760 380 C 760 340 810 325 825 362 C 840 325 890 340 890 380 C 890 425 825 455 825 470 C 825 455 760 425 760 380 Z" fill="#ef476f"/>`,
  'green-street': (rng) => {
    const bins = ['#06a77d', '#ffb703', '#3a86ff']
      .map(
        (c, i) =>
          `<rect x="${1180 + i * 95}" y="800" width="80" height="110" rx="10" fill="${c}"/><rect x="${1172 + i * 95}" y="788" width="96" height="18" rx="6" fill="#343a40"/>`,
      )
      .join('');
    return `${sky(rng)}${hills(rng, 560)}${village(rng, 4, 680)}<rect x="0" y="680" width="${W}" height="${H}" fill="#8fc97c"/>
      <path d="M 560 680 L 1040 680 L 1300 ${H} L 300 ${H} Z" fill="#dee2e6"/>
      ${flowerRow(rng, 720, 20, 520, 15)}${flowerRow(rng, 800, 20, 440, 17)}${flowerRow(rng, 720, 1080, 1580, 15)}
      ${tree(150, 960, 0.8, '#40916c')}${bins}`;
  },
};

const root = resolve(import.meta.dirname, '..');
for (const { out, scene } of PICTURES) {
  const rng = randomFor(out);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${defs()}${SCENES[scene](rng)}</svg>`;
  const file = resolve(root, out);
  mkdirSync(dirname(file), { recursive: true });
  const info = await sharp(Buffer.from(svg)).jpeg({ quality: 78, mozjpeg: true }).toFile(file);
  console.log(`${out}  ${Math.round(info.size / 1024)} KB`);
}
