/**
 * Closed lists of values used by select fields. Values are ASCII slugs stored in content;
 * their Vietnamese labels live in src/i18n/vi/cms-form.ts under `option.<set>.<value>`.
 * Domain data of src/lib (the legal and radio rules sort and read by them); the schemas
 * declare their select fields with them through src/schemas/options.ts.
 */
export const OPTIONS = {
  /** Who a story is about. */
  subjectType: ['ca-nhan', 'tap-the', 'ho-gia-dinh'],
  /** Kind of achievement (DESIGN.md): regular, thematic, ad hoc, lifetime, resistance. */
  achievementKind: ['thuong-xuyen', 'chuyen-de', 'dot-xuat', 'qua-trinh-cong-hien', 'khang-chien'],
  /** Forms of commendation and titles a ward story commonly records (Law 06/2022 art. 9, 19–20). */
  awardForm: [
    'giay-khen',
    'bang-khen',
    'danh-hieu-thi-dua',
    'ky-niem-chuong',
    'huy-chuong',
    'huan-chuong',
    'bieu-duong',
  ],
  /** How a campaign is organised (Law 06/2022 art. 16). */
  campaignKind: ['thuong-xuyen', 'chuyen-de'],
  /**
   * Dated steps of a campaign, in their natural order: launch (phát động), registration
   * deadline (hạn đăng ký thi đua), interim review (sơ kết), final review (tổng kết),
   * commendation ceremony (lễ tôn vinh, khen thưởng). src/lib/campaigns/rules.ts relies on it.
   */
  milestoneKind: ['phat-dong', 'han-dang-ky', 'so-ket', 'tong-ket', 'khen-thuong'],
  /** Document types (Decree 30/2020 annex III plus laws, decrees and circulars). */
  documentType: [
    'luat',
    'nghi-dinh',
    'nghi-quyet',
    'thong-tu',
    'quyet-dinh',
    'chi-thi',
    'ke-hoach',
    'huong-dan',
    'thong-bao',
    'quy-che',
    'quy-dinh',
    'chuong-trinh',
    'bao-cao',
    'cong-van',
  ],
  /** Validity status of a document. */
  validity: ['chua-co-hieu-luc', 'con-hieu-luc', 'het-hieu-luc-mot-phan', 'het-hieu-luc'],
  /** Typed relation from one document to another ("this document … that one"). */
  relationKind: ['can-cu', 'huong-dan', 'sua-doi-bo-sung', 'thay-the', 'bai-bo', 'hop-nhat', 'dinh-chinh'],
  /** Who gave consent, relative to the person in the story. */
  consentGiver: ['ban-than', 'cha-me', 'nguoi-giam-ho', 'dai-dien-ho', 'dai-dien-tap-the'],
  /** Broadcast slot of a bulletin. */
  slot: ['sang', 'trua', 'chieu', 'toi'],
  /** Priority of a bulletin on IP loudspeaker systems (Circular 39/2020). */
  priority: ['thong-thuong', 'uu-tien', 'khan-cap'],
  /**
   * What a bulletin item is: a story, a campaign, a document, an announcement or event entry
   * (content/announcements/), or a free-text announcement written in the bulletin itself.
   * Entry kinds double as the script's path segment under /phat-thanh/. "thong-bao" was the
   * free-text kind before announcement entries existed and stays so for shipped bulletins; an
   * announcement entry is "thong-bao-su-kien", named after its two kinds.
   */
  bulletinItemKind: ['guong-sang', 'phong-trao', 'van-ban', 'thong-bao-su-kien', 'thong-bao'],
  /** What an announcement entry is: a notice (thông báo) or an event (sự kiện). */
  announcementKind: ['thong-bao', 'su-kien'],
  /** How the radio reads a zero tens digit before a unit (105): "linh" or "lẻ". */
  zeroTens: ['linh', 'le'],
} as const;

export type OptionSet = keyof typeof OPTIONS;
export type OptionValue<S extends OptionSet> = (typeof OPTIONS)[S][number];
