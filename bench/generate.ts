/**
 * A synthetic ward for benchmarks: a temporary copy of the project (tests/support/project.ts)
 * whose content/ gets thousands of generated entries next to the shipped ones, written in
 * plausible Vietnamese from a seeded pseudo-random generator, so every run builds the same
 * site:
 * - stories (gương sáng) of several paragraphs, some with awards, campaigns and a photo;
 * - campaigns (phong trào thi đua) with criteria, target groups, legal basis and a cover;
 * - legal documents: decisions issuing a regulation in Chương › Điều › khoản › điểm, guidance
 *   and plans in the administrative I. › 1. › a) layout, short notices; each cites earlier ones.
 * Photos are a handful of generated JPEGs (syntheticPhotos) reused across entries: Astro's
 * image pipeline and the share images still process them.
 *
 *   import { createSyntheticSite, splitEntries, syntheticPhotos } from './generate.ts';
 *   const site = createSyntheticSite({ ...splitEntries(5000), photos: await syntheticPhotos() });
 *   // … build site.dir, measure …
 *   site.remove();
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { stringify } from 'yaml';
import { readSettingsFile } from '../src/content-pipeline/read.ts';
import { copyProject, removeProject } from '../tests/support/project.ts';

export interface GenerateOptions {
  stories: number;
  documents: number;
  /** Campaigns (default none). */
  campaigns?: number;
  /** JPEG files to reuse as story photos and campaign covers (default none: no photos). */
  photos?: readonly Buffer[];
  /** Seed of the pseudo-random generator: the same seed gives the same content. */
  seed?: number;
}

export interface SyntheticSite {
  /** Root of the project copy. */
  dir: string;
  stories: number;
  documents: number;
  campaigns: number;
  /** Deletes the copy. */
  remove: () => void;
  /** Leaves the copy in place when the process exits (it is otherwise removed then). */
  keep: () => void;
}

/** How a ward's archive of `entries` entries divides: mostly stories, some documents, few campaigns. */
export function splitEntries(entries: number): { stories: number; documents: number; campaigns: number } {
  const campaigns = Math.max(1, Math.round(entries * 0.01));
  const documents = Math.round(entries * 0.14);
  return { stories: entries - documents - campaigns, documents, campaigns };
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

/** Sentences any story may use, around the deed itself. */
const BACKGROUND = [
  'Hàng xóm quen gọi {who} bằng cái tên thân mật, bởi việc gì trong tổ dân phố cũng thấy có mặt.',
  'Cuộc sống gia đình {who} không mấy dư dả, nhưng chưa bao giờ vì thế mà ngại giúp người khác.',
  'Trước khi nghỉ hưu, {who} từng nhiều năm công tác ở hợp tác xã, rồi về làm tổ trưởng tổ dân phố.',
  'Các con của {who} đều đã lập gia đình, nên {who} dành phần lớn thời gian cho việc chung của khu phố.',
  'Ở tổ dân phố, ai gặp chuyện khó cũng tìm đến {who} để hỏi ý kiến.',
];
const VOICES = [
  '“Mình giúp được ai việc gì thì giúp, có đáng gì đâu mà khen”, {who} cười nói.',
  '“Thấy bà con vui là tôi vui rồi”, {who} chia sẻ.',
  'Một người hàng xóm kể: “Nhà ai có việc, {who} đều đến trước tiên, không cần ai nhờ”.',
  'Tổ trưởng tổ dân phố nhận xét: “Nhờ những người như {who} mà phong trào của tổ luôn sôi nổi”.',
  '“Việc nhỏ thôi, nhưng làm đều đặn thì thành thói quen tốt”, {who} nói.',
];
const SECTION_TITLES = ['Việc nhỏ, ý nghĩa lớn', 'Lan tỏa trong khu phố', 'Bền bỉ nhiều năm', 'Được bà con ghi nhận'];

const AWARD_FORMS = [
  { form: 'giay-khen', title: 'Giấy khen của Chủ tịch Ủy ban nhân dân phường' },
  { form: 'bieu-duong', title: 'Biểu dương người tốt, việc tốt của Ủy ban nhân dân phường' },
  { form: 'bang-khen', title: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh' },
] as const;

const TOPICS = [
  'công tác thi đua, khen thưởng',
  'phong trào xây dựng tổ dân phố văn hóa',
  'khen thưởng thành tích đột xuất',
  'tổ chức hội nghị điển hình tiên tiến',
  'phong trào người tốt, việc tốt',
  'công tác khuyến học, khuyến tài',
  'bảo vệ môi trường khu dân cư',
  'giữ gìn an ninh, trật tự ở cơ sở',
];

const SIGNERS = ['Đặng Thị Minh Trang', 'Nguyễn Văn Hưng', 'Trần Quốc Toản', 'Lê Thị Thanh Hà'];
const SIGNER_TITLES = ['Chủ tịch', 'Phó Chủ tịch'];
/** Shipped documents generated ones may cite (they are in every copy of the project), with their issue dates. */
const SHIPPED_BASES = [
  { number: '15/2003/QH11', issued: '2003-11-26' },
  { number: '06/2022/QH15', issued: '2022-06-15' },
  { number: '98/2023/NĐ-CP', issued: '2023-12-31' },
  { number: '152/2025/NĐ-CP', issued: '2025-06-14' },
];

/** The i-th of `count` issue dates spread evenly from 2016 to 2026, so a document only cites earlier ones. */
function issueDate(i: number, count: number): string {
  const from = Date.UTC(2016, 0, 4);
  const span = Date.UTC(2026, 5, 30) - from;
  return new Date(from + Math.floor((span * i) / Math.max(1, count))).toISOString().slice(0, 10);
}

const DOC_TYPES = [
  { type: 'quyet-dinh', word: 'Quyết định', symbol: 'QĐ-UBND', year: true },
  { type: 'ke-hoach', word: 'Kế hoạch', symbol: 'KH-UBND', year: false },
  { type: 'huong-dan', word: 'Hướng dẫn', symbol: 'HD-UBND', year: false },
  { type: 'quyet-dinh', word: 'Quyết định', symbol: 'QĐ-UBND', year: true },
  { type: 'thong-bao', word: 'Thông báo', symbol: 'TB-UBND', year: false },
] as const;

/** Chapters of a regulation, each with its articles. */
const REGULATION: { chapter: string; articles: string[] }[] = [
  {
    chapter: 'Những quy định chung',
    articles: ['Phạm vi điều chỉnh', 'Đối tượng áp dụng', 'Nguyên tắc thi đua, khen thưởng'],
  },
  {
    chapter: 'Tổ chức phong trào thi đua',
    articles: ['Hình thức tổ chức phong trào thi đua', 'Đăng ký thi đua', 'Sơ kết, tổng kết phong trào thi đua'],
  },
  {
    chapter: 'Danh hiệu thi đua và tiêu chuẩn',
    articles: ['Danh hiệu “Lao động tiên tiến”', 'Danh hiệu “Gia đình văn hóa”', 'Danh hiệu “Tổ dân phố văn hóa”'],
  },
  {
    chapter: 'Hình thức, thẩm quyền, thủ tục khen thưởng',
    articles: [
      'Giấy khen của Chủ tịch Ủy ban nhân dân phường',
      'Hồ sơ đề nghị khen thưởng',
      'Thời hạn xét khen thưởng',
    ],
  },
  { chapter: 'Tổ chức thực hiện', articles: ['Trách nhiệm của các tổ dân phố', 'Hiệu lực thi hành'] },
];
const CLAUSES = [
  'Các tổ dân phố, cơ quan, đơn vị thực hiện {topic} theo đúng quy định của pháp luật và hướng dẫn của phường.',
  'Việc xét khen thưởng phải bảo đảm chính xác, công khai, minh bạch, công bằng và kịp thời.',
  'Khen thưởng phải căn cứ vào thành tích đạt được, không nhất thiết phải có hình thức khen thưởng mức thấp mới được khen thưởng mức cao.',
  'Chú trọng khen thưởng tập thể nhỏ, cá nhân là người lao động trực tiếp và người có nhiều sáng kiến trong {topic}.',
  'Hội đồng Thi đua – Khen thưởng phường có trách nhiệm tham mưu cho Chủ tịch Ủy ban nhân dân phường về {topic}.',
  'Hồ sơ đề nghị khen thưởng gửi về Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường trước ngày mười lăm tháng mười hai hằng năm.',
];
const POINTS = [
  'Gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước',
  'Hoàn thành tốt nhiệm vụ được giao, có tinh thần tự lực, tự cường',
  'Đoàn kết, tương trợ, tích cực tham gia các phong trào thi đua ở tổ dân phố',
  'Có ít nhất một mô hình, việc làm tốt được bà con ghi nhận',
  'Không có người vi phạm pháp luật, tệ nạn xã hội trong gia đình',
];
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

const CAMPAIGN_NAMES = [
  'Cả nước thi đua làm theo lời Bác',
  'Toàn dân đoàn kết xây dựng đời sống văn hóa',
  'Tổ dân phố xanh – sạch – đẹp',
  'Chung tay vì người nghèo, không để ai bị bỏ lại phía sau',
  'Khuyến học, khuyến tài, xây dựng xã hội học tập',
  'Toàn dân bảo vệ an ninh Tổ quốc',
  'Người tốt, việc tốt',
];
const TARGET_GROUPS = [
  'Các tổ dân phố',
  'Cán bộ, công chức phường',
  'Chi hội phụ nữ, chi đoàn thanh niên, chi hội cựu chiến binh',
  'Hộ gia đình trên địa bàn phường',
  'Học sinh, sinh viên trên địa bàn',
];
const CRITERIA = [
  'Có mô hình, việc làm cụ thể được bà con ghi nhận',
  'Huy động được sự tham gia tự nguyện của người dân',
  'Không để xảy ra vi phạm pháp luật trong tổ dân phố',
  'Giữ ngõ xóm sạch, đẹp, không có điểm đổ rác tự phát',
  'Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình văn hóa” tăng so với năm trước',
];

const PHOTO_ALTS = [
  'Ảnh minh họa một người đứng trước ngôi nhà nhỏ có giàn hoa.',
  'Ảnh minh họa con ngõ có hàng cây xanh và mái nhà đỏ.',
  'Ảnh minh họa nhóm người dân đang dọn vệ sinh đường làng.',
  'Ảnh minh họa sân nhà văn hóa tổ dân phố buổi chiều.',
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function some<T>(rand: () => number, list: readonly T[], min: number, max: number): T[] {
  const count = Math.min(list.length, min + Math.floor(rand() * (max - min + 1)));
  const copy = [...list];
  const out: T[] = [];
  while (out.length < count) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0] as T);
  return out;
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

const capitalise = (s: string) => s.replace(/^./, (c) => c.toUpperCase());

/** A generated document that later entries may cite, by its number. */
interface DocRef {
  number: string;
}

interface Context {
  rand: () => number;
  /** The committee that issues the generated documents and awards: committeeName in the copy's settings. */
  issuer: string;
  campaigns: string[];
  decisions: DocRef[];
  photos: number;
}

function story(ctx: Context, i: number): { id: string; text: string } {
  const { rand } = ctx;
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
  const fill = (s: string) => capitalise(s.replaceAll('{who}', who));
  const paragraphs = [
    `${title} ${name} sống ở tổ dân phố số ${group} đã nhiều năm nay. ${fill(pick(rand, BACKGROUND))}`,
    deed.sentences.map(fill).join(' '),
    [fill(pick(rand, VOICES)), ...some(rand, deed.sentences, 1, 2).map(fill)].join(' '),
    some(rand, BACKGROUND, 1, 2).map(fill).join(' '),
    `${fill(pick(rand, VOICES))} ${pick(rand, CLOSINGS)}`,
  ];
  if (rand() < 0.4) paragraphs.splice(2, 0, `## ${pick(rand, SECTION_TITLES)}`);
  const withPhoto = ctx.photos > 0 && rand() < 0.6;
  const awarded = rand() < 0.5;
  const decision = ctx.decisions.length > 0 && rand() < 0.5 ? pick(rand, ctx.decisions) : undefined;
  const award = pick(rand, AWARD_FORMS);
  const front: Record<string, unknown> = {
    title: `${title} ${name} ${deed.headline}`,
    subjectType: 'ca-nhan',
    name,
    summary: `${title} ${name} ở tổ dân phố số ${group} ${deed.headline}.`,
    residentialGroup: `tdp-${group}`,
    field: deed.field,
    achievementKind: deed.kind,
    awards: awarded
      ? [
          {
            form: award.form,
            title: `${award.title} vì có thành tích trong ${pick(rand, TOPICS)}`,
            ...(decision ? { decisionNumber: decision.number, decisionDate: published } : {}),
            issuer: ctx.issuer,
          },
        ]
      : [],
    ...(ctx.campaigns.length > 0 && rand() < 0.4 ? { campaigns: some(rand, ctx.campaigns, 1, 2) } : {}),
    ...(withPhoto
      ? {
          photo: {
            src: `./images/bench-photo-${Math.floor(rand() * ctx.photos)}.jpg`,
            alt: pick(rand, PHOTO_ALTS),
            credit: 'ảnh minh họa do máy tạo',
          },
        }
      : {}),
    consent: {
      givenBy: name,
      giver: 'ban-than',
      date: published,
      name: true,
      photo: withPhoto,
      story: true,
      minor: false,
      childAgreed: false,
    },
    published,
    example: true,
  };
  return { id: `bench-${String(i).padStart(5, '0')}`, text: markdown(front, paragraphs.join('\n\n')) };
}

function campaign(ctx: Context, i: number): { id: string; text: string } {
  const { rand } = ctx;
  const name = pick(rand, CAMPAIGN_NAMES);
  const start = date(rand, 2019, 2026);
  const startYear = Number(start.slice(0, 4));
  const thematic = rand() < 0.5;
  const end = thematic ? `${startYear}-12-15` : `${startYear + 4}-12-31`;
  const period = thematic ? `năm ${startYear}` : `giai đoạn ${startYear}–${startYear + 4}`;
  const topic = pick(rand, TOPICS);
  const body = [
    `Thực hiện chủ trương của cấp trên về ${topic}, ${ctx.issuer} phát động phong trào thi đua “${name}” ${period} trên toàn địa bàn phường.`,
    `## Mục tiêu`,
    `Phong trào nhằm khơi dậy tinh thần yêu nước, ý thức tự giác của mỗi người dân, mỗi gia đình và tổ dân phố; kịp thời phát hiện, biểu dương những tấm gương tiêu biểu để nhân rộng trong cộng đồng.`,
    `## Nội dung thi đua`,
    some(rand, CRITERIA, 2, 4)
      .map((c) => `- ${c}.`)
      .join('\n'),
    `## Khen thưởng`,
    `Kết thúc đợt thi đua, Hội đồng Thi đua – Khen thưởng phường tổng hợp kết quả, đề nghị Chủ tịch Ủy ban nhân dân phường tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc.`,
  ].join('\n\n');
  const front: Record<string, unknown> = {
    title: `Phong trào thi đua “${name}” ${period}`,
    kind: thematic ? 'chuyen-de' : 'thuong-xuyen',
    launchedBy: ctx.issuer,
    start,
    end,
    summary: `Phong trào thi đua “${name}” ${period}, gắn với ${topic} ở các tổ dân phố.`,
    targetGroups: some(rand, TARGET_GROUPS, 2, 3),
    criteria: some(rand, CRITERIA, 2, 4),
    legalBasis: [
      pick(rand, SHIPPED_BASES).number,
      ...(ctx.decisions.length > 0 ? [pick(rand, ctx.decisions).number] : []),
    ],
    ...(ctx.photos > 0
      ? {
          cover: {
            src: `./images/bench-cover-${Math.floor(rand() * ctx.photos)}.jpg`,
            alt: pick(rand, PHOTO_ALTS),
          },
        }
      : {}),
    example: true,
  };
  return { id: `bench-phong-trao-${String(i).padStart(4, '0')}`, text: markdown(front, body) };
}

function clause(rand: () => number, topic: string): string {
  return pick(rand, CLAUSES).replaceAll('{topic}', topic);
}

/** A decision issuing a regulation: the decision's three articles, then Chương › Điều › khoản › điểm. */
function regulationBody(rand: () => number, number: string, topic: string, bases: string[]): string {
  const basis = bases.map((b) => `Căn cứ văn bản số ${b};`).join('\n\n');
  const decision = [
    `Căn cứ Luật Tổ chức chính quyền địa phương;\n\n${basis}\n\nTheo đề nghị của Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường.`,
    `**QUYẾT ĐỊNH:**`,
    `**Điều 1.** Ban hành kèm theo Quyết định này Quy định về ${topic} trên địa bàn phường.`,
    `**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.`,
    `**Điều 3.** Chánh Văn phòng, Tổ trưởng các tổ dân phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.`,
    `Nơi nhận:\n\n- Như Điều 3;\n- Lưu: VT.`,
    `**QUY ĐỊNH**  \n**Về ${topic}**  \n*(Kèm theo Quyết định số ${number})*`,
  ];
  let article = 0;
  const chapters = REGULATION.map(({ chapter, articles }, c) => {
    const parts = [`## Chương ${ROMAN[c]}. ${chapter.toUpperCase()}`];
    for (const title of articles) {
      article += 1;
      parts.push(`### Điều ${article}. ${title}`);
      const clauses = Array.from({ length: 2 + Math.floor(rand() * 3) }, (_, k) => {
        const text = `${k + 1}. ${clause(rand, topic)}`;
        if (rand() < 0.35) {
          const points = some(rand, POINTS, 2, 4).map((p, j) => `${LETTERS[j]}) ${p};`);
          return `${k + 1}. Tiêu chuẩn xét tặng gồm:\n\n${points.join('\n\n')}`;
        }
        return text;
      });
      parts.push(clauses.join('\n\n'));
    }
    return parts.join('\n\n');
  });
  return [...decision, ...chapters].join('\n\n');
}

/** A plan or guidance: I. › 1. › a), as administrative texts are laid out. */
function administrativeBody(rand: () => number, issuer: string, word: string, topic: string, bases: string[]): string {
  const sections = [
    ['MỤC ĐÍCH, YÊU CẦU', ['Mục đích', 'Yêu cầu']],
    ['NỘI DUNG', ['Công tác tuyên truyền', 'Tổ chức phong trào thi đua', 'Công tác khen thưởng']],
    ['TỔ CHỨC THỰC HIỆN', ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường', 'Các tổ dân phố']],
  ] as const;
  const intro = `Thực hiện ${bases.map((b) => `văn bản số ${b}`).join(', ')}, ${issuer} ban hành ${word.toLowerCase()} về ${topic} như sau:`;
  const body = sections.map(([heading, items], s) => {
    const parts = items.map((item, k) => {
      const points = some(rand, POINTS, 1, 3).map((p, j) => `${LETTERS[j]}) ${p}.`);
      return `### ${k + 1}. ${item}\n\n${clause(rand, topic)}\n\n${points.join('\n\n')}`;
    });
    return `## ${ROMAN[s]}. ${heading}\n\n${parts.join('\n\n')}`;
  });
  return [intro, ...body, `Trên đây là ${word.toLowerCase()} về ${topic} của ${issuer}.`].join('\n\n');
}

function document(ctx: Context, i: number, count: number): { id: string; number: string; text: string } {
  const { rand } = ctx;
  const kind = DOC_TYPES[i % DOC_TYPES.length] ?? DOC_TYPES[0];
  const issued = issueDate(i, count);
  const year = issued.slice(0, 4);
  const n = 1000 + i;
  const number = kind.year ? `${n}/${year}/${kind.symbol}` : `${n}/${kind.symbol}`;
  const topic = pick(rand, TOPICS);
  const title = `${kind.word} về ${topic} năm ${year}`;
  const earlier = ctx.decisions.length > 0 ? some(rand, ctx.decisions, 0, 2).map((d) => d.number) : [];
  const shipped = SHIPPED_BASES.filter((b) => b.issued < issued).map((b) => b.number);
  const bases = [pick(rand, shipped), ...earlier];
  const body =
    kind.type === 'quyet-dinh'
      ? regulationBody(rand, number, topic, bases)
      : kind.type === 'thong-bao'
        ? `${ctx.issuer} thông báo về ${topic} năm ${year}.\n\n${clause(rand, topic)}\n\n${clause(rand, topic)}`
        : administrativeBody(rand, ctx.issuer, kind.word, topic, bases);
  const front = {
    number,
    type: kind.type,
    title,
    subject: `${kind.word} của Ủy ban nhân dân phường về ${topic}`,
    issuer: ctx.issuer,
    signer: pick(rand, SIGNERS),
    signerTitle: pick(rand, SIGNER_TITLES),
    issued,
    area: 'Thi đua, khen thưởng',
    summary: `${kind.word} hướng dẫn các tổ dân phố và đơn vị trên địa bàn phường thực hiện ${topic} năm ${year}.`,
    relations: bases.map((target) => ({ kind: 'can-cu', target, partial: false })),
    fullText: true,
  };
  return { id: number, number, text: markdown(front, body) };
}

/**
 * `count` small photos (800×533 JPEG, a house, trees and a person on a sky) in different
 * colours, for syntheticSite's stories and campaign covers.
 */
export async function syntheticPhotos(count = 4): Promise<Buffer[]> {
  const skies = ['#9cc9e8', '#f2c79b', '#b8d8c2', '#d7c8ee', '#f0e3a8', '#a8d0e0'];
  const walls = ['#e7d2b0', '#d99a6c', '#c9d6a3', '#e8b4a0', '#b7c4d9', '#f1e0c5'];
  return Promise.all(
    Array.from({ length: count }, (_, i) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="533">
<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${skies[i % skies.length]}"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs>
<rect width="800" height="533" fill="url(#s)"/><rect y="380" width="800" height="153" fill="#6f9a4f"/>
<rect x="${120 + i * 40}" y="230" width="260" height="170" fill="${walls[i % walls.length]}"/>
<polygon points="${100 + i * 40},235 ${250 + i * 40},130 ${400 + i * 40},235" fill="#a23b2a"/>
<rect x="${220 + i * 40}" y="310" width="50" height="90" fill="#5b3a29"/>
<circle cx="${560 - i * 20}" cy="250" r="70" fill="#3f7a3a"/><rect x="${552 - i * 20}" y="300" width="16" height="100" fill="#6b4a2b"/>
<circle cx="${660 - i * 10}" cy="300" r="22" fill="#e0b48a"/><rect x="${640 - i * 10}" y="322" width="40" height="80" rx="12" fill="${skies[(i + 2) % skies.length]}"/>
<circle cx="${700}" cy="90" r="40" fill="#fff3b0"/></svg>`;
      return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer();
    }),
  );
}

/** The committee named in content/settings/site.yaml of the project at `root`, so the generated ward is that ward. */
function committeeName(root: string): string {
  const { file, data } = readSettingsFile(root, 'site');
  const name = data?.['committeeName'];
  if (typeof name !== 'string' || name.trim() === '')
    throw new Error(`${file} › committeeName: missing; the bench names its generated documents after it`);
  return name;
}

/** Writes generated stories, campaigns and documents into the content/ of the project at `root`. */
export function generateContent(root: string, options: GenerateOptions): void {
  const rand = random(options.seed ?? 20251124);
  const photos = options.photos ?? [];
  const dirs = {
    stories: join(root, 'content', 'honorees'),
    campaigns: join(root, 'content', 'campaigns'),
    documents: join(root, 'content', 'documents'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(join(dir, 'images'), { recursive: true });
  photos.forEach((photo, k) => {
    writeFileSync(join(dirs.stories, 'images', `bench-photo-${k}.jpg`), photo);
    writeFileSync(join(dirs.campaigns, 'images', `bench-cover-${k}.jpg`), photo);
  });
  const ctx: Context = { rand, issuer: committeeName(root), campaigns: [], decisions: [], photos: photos.length };
  // Documents first, so campaigns and stories can cite them; then campaigns, then stories.
  for (let i = 0; i < options.documents; i += 1) {
    const { number, text } = document(ctx, i, options.documents);
    writeFileSync(join(dirs.documents, `bench-${number.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}.md`), text);
    if (number.includes('QĐ')) ctx.decisions.push({ number });
  }
  for (let i = 0; i < (options.campaigns ?? 0); i += 1) {
    const { id, text } = campaign(ctx, i);
    writeFileSync(join(dirs.campaigns, `${id}.md`), text);
    ctx.campaigns.push(id);
  }
  for (let i = 0; i < options.stories; i += 1) {
    const { id, text } = story(ctx, i);
    writeFileSync(join(dirs.stories, `${id}.md`), text);
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
  // Removed also when the bench stops early (an error, Ctrl-C: bench/lib/measure.ts), unless kept.
  const onExit = () => removeProject(dir);
  process.on('exit', onExit);
  return {
    dir,
    stories: options.stories,
    documents: options.documents,
    campaigns: options.campaigns ?? 0,
    remove: () => {
      process.off('exit', onExit);
      removeProject(dir);
    },
    keep: () => process.off('exit', onExit),
  };
}
