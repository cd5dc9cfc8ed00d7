/** A tel: link for a phone number as written ("0221 000 0000" → "tel:02210000000"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
