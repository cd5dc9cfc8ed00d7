/** A tel: link for a phone number as written ("0221 000 0000" → "tel:02210000000"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A phone number as shown, with non-breaking spaces so it never wraps across lines ("0221 000 0000"). */
export function telText(phone: string): string {
  return phone.trim().replace(/\s+/g, '\u00a0');
}
