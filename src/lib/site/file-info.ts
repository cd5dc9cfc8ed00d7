/**
 * What people need to know before opening an attachment: its kind and its size, written the
 * Vietnamese way ("PDF, 4,9 KB").
 */

const KINDS: Readonly<Record<string, string>> = {
  pdf: 'PDF',
  doc: 'Word',
  docx: 'Word',
  odt: 'ODT',
  xls: 'Excel',
  xlsx: 'Excel',
  ods: 'ODS',
  jpg: 'JPEG',
  jpeg: 'JPEG',
  png: 'PNG',
  zip: 'ZIP',
  txt: 'TXT',
};

/** "files/08-kh-ubnd.pdf" → "PDF"; the upper-cased extension for kinds not listed; '' with none. */
export function fileKind(path: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(path.split(/[?#]/)[0] ?? '');
  if (!match?.[1]) return '';
  const ext = match[1].toLowerCase();
  return KINDS[ext] ?? ext.toUpperCase();
}

/** 512 → "512 byte", 5_000 → "4,9 KB", 86_234 → "84 KB", 3_400_000 → "3,2 MB" (1 KB = 1024 byte, decimal comma). */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return `${Math.round(bytes)} byte`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = value < 10 ? 1 : 0;
  return `${value.toFixed(digits).replace('.', ',')} ${units[unit]}`;
}
