/**
 * The names of the document types, as the documents write them (Decree 30/2020 annex III, plus
 * laws, decrees and circulars). They are part of a document's identity and of its citation
 * ("Nghị định số 98/2023/NĐ-CP …"), so they are domain data here; the CMS option labels
 * (option.documentType.* in src/i18n/vi/cms-form.ts) are taken from this list.
 */
export const DOCUMENT_TYPE_NAMES = {
  luat: 'Luật',
  'nghi-dinh': 'Nghị định',
  'nghi-quyet': 'Nghị quyết',
  'thong-tu': 'Thông tư',
  'quyet-dinh': 'Quyết định',
  'chi-thi': 'Chỉ thị',
  'ke-hoach': 'Kế hoạch',
  'huong-dan': 'Hướng dẫn',
  'thong-bao': 'Thông báo',
  'quy-che': 'Quy chế',
  'quy-dinh': 'Quy định',
  'chuong-trinh': 'Chương trình',
  'bao-cao': 'Báo cáo',
  'cong-van': 'Công văn',
} as const;

/** The name of a document type; an unknown type reads as its value. */
export function documentTypeName(type: string): string {
  return (DOCUMENT_TYPE_NAMES as Record<string, string>)[type] ?? type;
}
