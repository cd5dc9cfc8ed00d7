/**
 * A synthetic ward for benchmarks: a temporary copy of the project (tests/support/project.ts)
 * whose content/ gets thousands of generated stories and documents next to the shipped ones,
 * written in plausible Vietnamese from a seeded pseudo-random generator, so every run builds
 * the same site. No photos (stories without a photo are valid), so generating stays fast.
 *
 *   import { createSyntheticSite } from './generate.ts';
 *   const site = createSyntheticSite({ stories: 5000, documents: 500 });
 *   // … build site.dir, measure …
 *   site.remove();
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { copyProject, removeProject } from '../tests/support/project.ts';

export interface GenerateOptions {
  stories: number;
  documents: number;
  /** Seed of the pseudo-random generator: the same seed gives the same content. */
  seed?: number;
}

export interface SyntheticSite {
  /** Root of the project copy. */
  dir: string;
  stories: number;
  documents: number;
  /** Deletes the copy. */
  remove: () => void;
}

/** Mulberry32: small, fast, good enough for plausible text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Lương',
  'Trịnh',
  'Đào',
  'Mai',
];
const MIDDLE_MEN = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Xuân', 'Thanh', 'Công', 'Đình', 'Ngọc'];
const MIDDLE_WOMEN = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Hồng', 'Kim', 'Bích', 'Phương', 'Diệu'];
const GIVEN_MEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đạt',
  'Hải',
  'Hùng',
  'Khánh',
  'Long',
  'Nam',
  'Phong',
  'Phúc',
  'Quân',
  'Sơn',
  'Thắng',
  'Tuấn',
  'Việt',
  'Vinh',
  'Hiếu',
  'Toàn',
];
const GIVEN_WOMEN = [
  'Anh',
  'Dung',
  'Giang',
  'Hà',
  'Hạnh',
  'Hoa',
  'Hương',
  'Lan',
  'Linh',
  'Mai',
  'Nga',
  'Ngọc',
  'Thảo',
  'Thủy',
  'Trang',
  'Yến',
  'Huyền',
  'Loan',
  'Nhung',
  'Oanh',
];

interface Deed {
  field: string;
  kind: string;
  headline: string;
  sentences: string[];
}

const DEEDS: Deed[] = [
  {
    field: 'dao-duc-loi-song',
    kind: 'dot-xuat',
    headline: 'trả lại tài sản nhặt được cho người đánh rơi',
    sentences: [
      'Trên đường đi làm về, {who} nhặt được một chiếc túi có tiền và giấy tờ quan trọng.',
      'Không chút do dự, {who} mang chiếc túi đến công an phường để tìm người đánh rơi.',
      'Người mất đồ đã rất xúc động khi nhận lại đầy đủ tài sản của mình.',
    ],
  },
  {
    field: 'khuyen-hoc',
    kind: 'thuong-xuyen',
    headline: 'mở lớp học miễn phí cho trẻ em trong xóm',
    sentences: [
      'Mỗi buổi tối, căn nhà nhỏ của {who} lại sáng đèn với tiếng trẻ em đánh vần.',
      '{who} kèm các em học toán, tiếng Việt và tiếng Anh mà không nhận bất cứ khoản tiền nào.',
      'Nhiều em từ học lực yếu đã vươn lên khá, giỏi nhờ sự kiên nhẫn của {who}.',
    ],
  },
  {
    field: 'moi-truong',
    kind: 'thuong-xuyen',
    headline: 'vận động bà con giữ đường làng xanh, sạch, đẹp',
    sentences: [
      'Sáng chủ nhật nào {who} cũng cùng hàng xóm quét dọn, nhặt rác dọc con đường.',
      '{who} còn trồng thêm cây xanh và hoa ở những khoảng đất trống đầu ngõ.',
      'Nhờ vậy, tuyến đường trở thành nơi đi dạo quen thuộc của người già và trẻ nhỏ.',
    ],
  },
  {
    field: 'nhan-dao',
    kind: 'qua-trinh-cong-hien',
    headline: 'nhiều năm chăm sóc người già neo đơn',
    sentences: [
      'Đã nhiều năm nay, {who} thường xuyên đến thăm hỏi, nấu cơm cho các cụ già sống một mình.',
      'Khi có cụ ốm đau, {who} là người đưa đi khám bệnh và túc trực bên giường.',
      'Việc làm thầm lặng ấy được cả khu phố quý trọng và noi theo.',
    ],
  },
  {
    field: 'cuu-nguoi',
    kind: 'dot-xuat',
    headline: 'dũng cảm cứu người gặp nạn',
    sentences: [
      'Nghe tiếng kêu cứu, {who} lập tức lao tới và đưa người bị nạn vào chỗ an toàn.',
      'Sau đó {who} cùng mọi người sơ cứu và gọi xe đưa nạn nhân đi cấp cứu kịp thời.',
      'Hành động nhanh trí của {who} đã góp phần cứu sống một người.',
    ],
  },
  {
    field: 'an-ninh-trat-tu',
    kind: 'thuong-xuyen',
    headline: 'tích cực tham gia giữ gìn an ninh, trật tự khu phố',
    sentences: [
      'Đêm nào {who} cũng cùng tổ tự quản đi tuần quanh các ngõ xóm.',
      '{who} nhắc nhở bà con khóa cửa, cất xe cẩn thận và báo ngay cho công an khi thấy người lạ.',
      'Nhờ đó, nhiều vụ trộm cắp vặt đã được ngăn chặn từ sớm.',
    ],
  },
  {
    field: 'kinh-te',
    kind: 'chuyen-de',
    headline: 'làm kinh tế giỏi và tạo việc làm cho hàng xóm',
    sentences: [
      'Từ một mảnh vườn nhỏ, {who} đã mạnh dạn đầu tư trồng rau sạch theo hướng an toàn.',
      'Mô hình của {who} hiện tạo việc làm thường xuyên cho nhiều lao động trong khu phố.',
      '{who} còn sẵn lòng chia sẻ kinh nghiệm và giống cây cho những hộ muốn làm theo.',
    ],
  },
  {
    field: 'y-te',
    kind: 'thuong-xuyen',
    headline: 'tận tụy chăm lo sức khỏe cho bà con',
    sentences: [
      'Là cộng tác viên y tế, {who} đến từng nhà nhắc lịch tiêm chủng và khám sức khỏe.',
      '{who} hướng dẫn các gia đình cách phòng bệnh theo mùa và giữ vệ sinh nơi ở.',
      'Nhiều người cao tuổi coi {who} như người thân trong nhà.',
    ],
  },
  {
    field: 'van-hoa-the-thao',
    kind: 'chuyen-de',
    headline: 'giữ lửa phong trào văn nghệ, thể thao ở khu phố',
    sentences: [
      'Chiều nào sân văn hóa cũng rộn ràng nhờ các buổi tập do {who} đứng ra tổ chức.',
      '{who} vận động người già, người trẻ cùng tham gia dưỡng sinh, bóng chuyền và hát dân ca.',
      'Đội văn nghệ của khu phố đã nhiều lần đạt giải trong các hội diễn của phường.',
    ],
  },
];

const CLOSINGS = [
  'Ghi nhận những đóng góp ấy, Ủy ban nhân dân phường đã biểu dương và tặng Giấy khen.',
  'Câu chuyện được tổ dân phố giới thiệu để nhân rộng trong phong trào người tốt, việc tốt.',
  'Bà con trong tổ dân phố mong có thêm nhiều tấm gương như vậy.',
  'Việc làm ấy góp phần lan tỏa tinh thần tương thân tương ái trong cộng đồng.',
];

const DOC_TYPES = [
  { type: 'quyet-dinh', word: 'Quyết định', symbol: 'QĐ-UBND', year: true },
  { type: 'ke-hoach', word: 'Kế hoạch', symbol: 'KH-UBND', year: false },
  { type: 'thong-bao', word: 'Thông báo', symbol: 'TB-UBND', year: false },
  { type: 'huong-dan', word: 'Hướng dẫn', symbol: 'HD-UBND', year: false },
] as const;

const DOC_TOPICS = [
  'công tác thi đua, khen thưởng',
  'phong trào xây dựng tổ dân phố văn hóa',
  'khen thưởng thành tích đột xuất',
  'tổ chức hội nghị điển hình tiên tiến',
  'phong trào người tốt, việc tốt',
  'công tác khuyến học, khuyến tài',
  'bảo vệ môi trường khu dân cư',
  'giữ gìn an ninh, trật tự ở cơ sở',
];

const ARTICLE_TITLES = [
  'Phạm vi điều chỉnh',
  'Đối tượng áp dụng',
  'Nguyên tắc khen thưởng',
  'Tiêu chuẩn xét tặng',
  'Hồ sơ đề nghị',
  'Trách nhiệm của tổ dân phố',
  'Tổ chức thực hiện',
  'Hiệu lực thi hành',
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function date(rand: () => number, from: number, to: number): string {
  const year = from + Math.floor(rand() * (to - from + 1));
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function markdown(front: Record<string, unknown>, body: string): string {
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body}\n`;
}

function story(rand: () => number, i: number): { id: string; text: string } {
  const woman = rand() < 0.5;
  const name = [
    pick(rand, FAMILY),
    pick(rand, woman ? MIDDLE_WOMEN : MIDDLE_MEN),
    pick(rand, woman ? GIVEN_WOMEN : GIVEN_MEN),
  ].join(' ');
  const title = woman ? 'Bà' : 'Ông';
  const deed = pick(rand, DEEDS);
  const group = 1 + Math.floor(rand() * 6);
  const published = date(rand, 2019, 2026);
  const who = `${title.toLowerCase()} ${name.split(' ').at(-1)}`;
  const fill = (s: string) => s.replaceAll('{who}', who).replace(/^./, (c) => c.toUpperCase());
  const paragraphs = [
    `${title} ${name} sống ở tổ dân phố số ${group} đã nhiều năm nay.`,
    ...deed.sentences.map(fill),
    ...Array.from({ length: 1 + Math.floor(rand() * 3) }, () => fill(pick(rand, deed.sentences))),
    pick(rand, CLOSINGS),
  ];
  const body = [paragraphs.slice(0, 2).join(' '), paragraphs.slice(2, 4).join(' '), paragraphs.slice(4).join(' ')].join(
    '\n\n',
  );
  const front = {
    title: `${title} ${name} ${deed.headline}`,
    subjectType: 'ca-nhan',
    name,
    summary: `${title} ${name} ở tổ dân phố số ${group} ${deed.headline}.`,
    residentialGroup: `tdp-${group}`,
    field: deed.field,
    achievementKind: deed.kind,
    awards: [],
    consent: {
      givenBy: name,
      giver: 'ban-than',
      date: published,
      name: true,
      photo: false,
      story: true,
      minor: false,
      childAgreed: false,
    },
    published,
    example: true,
  };
  return { id: `bench-${String(i).padStart(5, '0')}`, text: markdown(front, body) };
}

function document(rand: () => number, i: number): { id: string; text: string } {
  const kind = DOC_TYPES[i % DOC_TYPES.length] ?? DOC_TYPES[0];
  const issued = date(rand, 2016, 2026);
  const year = issued.slice(0, 4);
  const n = 1000 + i;
  const number = kind.year ? `${n}/${year}/${kind.symbol}` : `${n}/${kind.symbol}`;
  const topic = pick(rand, DOC_TOPICS);
  const title = `${kind.word} về ${topic} năm ${year}`;
  const articles = 4 + Math.floor(rand() * 5);
  const body = Array.from({ length: articles }, (_, a) => {
    const heading = `## Điều ${a + 1}. ${ARTICLE_TITLES[a % ARTICLE_TITLES.length]}`;
    const clauses = Array.from(
      { length: 2 + Math.floor(rand() * 2) },
      (_, k) => `${k + 1}. Các tổ dân phố, cơ quan, đơn vị thực hiện ${topic} theo đúng quy định của pháp luật.`,
    );
    return `${heading}\n\n${clauses.join('\n')}`;
  }).join('\n\n');
  const front = {
    number,
    type: kind.type,
    title,
    subject: `${kind.word} của Ủy ban nhân dân phường về ${topic}`,
    issuer: 'Ủy ban nhân dân phường Phùng Chí Kiên',
    issued,
    area: 'Thi đua, khen thưởng',
    summary: `${kind.word} hướng dẫn các tổ dân phố và đơn vị trên địa bàn phường thực hiện ${topic} năm ${year}.`,
    fullText: true,
  };
  return { id: number, text: markdown(front, body) };
}

/** Writes generated stories and documents into the content/ of the project at `root`. */
export function generateContent(root: string, options: GenerateOptions): void {
  const rand = random(options.seed ?? 20251124);
  const stories = join(root, 'content', 'honorees');
  const documents = join(root, 'content', 'documents');
  mkdirSync(stories, { recursive: true });
  mkdirSync(documents, { recursive: true });
  for (let i = 0; i < options.stories; i += 1) {
    const { id, text } = story(rand, i);
    writeFileSync(join(stories, `${id}.md`), text);
  }
  for (let i = 0; i < options.documents; i += 1) {
    const { id, text } = document(rand, i);
    writeFileSync(join(documents, `bench-${id.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}.md`), text);
  }
}

/** A temporary project copy with generated content; call remove() when done. */
export function createSyntheticSite(options: GenerateOptions): SyntheticSite {
  const dir = copyProject();
  try {
    generateContent(dir, options);
  } catch (error) {
    removeProject(dir);
    throw error;
  }
  return { dir, stories: options.stories, documents: options.documents, remove: () => removeProject(dir) };
}
