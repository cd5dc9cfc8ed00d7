/**
 * The kinds of commune-level unit (đơn vị hành chính cấp xã) a site can belong to since the
 * two-level local government of 1 July 2025, and the English word for each, used in the
 * committee's English name and address ("People's Committee of Tân Phong Commune").
 */
export const UNIT_KINDS = ['phường', 'xã', 'đặc khu'] as const;

export type UnitKind = (typeof UNIT_KINDS)[number];

/** English name of each kind, as it follows the unit's name. */
export const UNIT_KIND_EN: Readonly<Record<UnitKind, string>> = {
  phường: 'Ward',
  xã: 'Commune',
  'đặc khu': 'Special Zone',
};

/** The kind `text` names, whatever its case, spacing or Unicode form; undefined for anything else. */
export function unitKindOf(text: string): UnitKind | undefined {
  const key = text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  return UNIT_KINDS.find((kind) => kind === key);
}
