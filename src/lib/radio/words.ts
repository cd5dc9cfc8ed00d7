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
