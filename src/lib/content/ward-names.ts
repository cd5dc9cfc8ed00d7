/**
 * The names and placeholder addresses a new ward's settings get (`npm run new-ward`). They are
 * content, not interface text: the committee's name is its official title ("Ủy ban nhân dân xã
 * Tân Phong"), and its English form is what the English page (Decree 42/2022) shows, so they
 * are written into content/settings/ in both languages whatever language the script speaks.
 */

/** "Ủy ban nhân dân xã Tân Phong" for the unit "xã Tân Phong". */
export const committeeNameVi = (unit: string) => `Ủy ban nhân dân ${unit}`;

/** "People's Committee of Tân Phong Commune". */
export const committeeNameEn = (name: string, kindEn: string) => `People's Committee of ${name} ${kindEn}`;

/** The placeholder address until the ward writes its own. */
export const placeholderAddressVi = (unit: string, province: string, kind: string) =>
  `Trụ sở Ủy ban nhân dân ${unit}, ${province} (địa chỉ ví dụ, ${kind} cập nhật)`;

/** The placeholder address in English. */
export const placeholderAddressEn = (name: string, kindEn: string, provinceEn: string) =>
  `Office of the People's Committee of ${name} ${kindEn}, ${provinceEn} (example address, to be updated by the ${kindEn.toLowerCase()})`;
