/**
 * The spoken lines of a document's radio script, around its title and summary: they are what
 * the announcer reads, in Vietnamese whatever the page's language, so they belong to the
 * reading rules here rather than to the interface dictionaries.
 */
export const documentLines = {
  /** "Nghị định số chín mươi tám … ngày 31/12/2023 của Chính phủ." */
  identity: (number: string, date: string, issuer: string) => `${number} ngày ${date} của ${issuer}.`,
  /** "Có hiệu lực từ ngày 01/01/2024." */
  effective: (date: string) => `Có hiệu lực từ ngày ${date}.`,
  /** "Trích yếu: …" */
  subject: (subject: string) => `Trích yếu: ${subject}`,
} as const;

/**
 * The spoken lines of an announcement's or event's script, after its title: when, where and
 * for whom, each already in words (time-words.ts) or read by the usual rules.
 */
export const announcementLines = {
  /** "Thời gian: tám giờ, thứ Hai, ngày mười bốn tháng mười hai năm …." */
  when: (when: string) => `Thời gian: ${when}.`,
  /** "Địa điểm: Hội trường Ủy ban nhân dân phường." */
  place: (place: string) => `Địa điểm: ${place}.`,
  /** "Thành phần: …" */
  audience: (audience: string) => `Thành phần: ${audience}.`,
} as const;
