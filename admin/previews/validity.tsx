/**
 * A document's validity in previews, worked out by the site's own rule
 * (src/lib/legal/validity.ts) from the dates, a status set by hand, and the documents that
 * replace or repeal it (the previews show it with the site's validityBadgeHtml, src/render/badge.ts).
 */
import { isPlainDate } from '../../src/lib/dates/plain-date.ts';
import {
  explainValidity,
  type Terminator,
  type Validity,
  type ValidityExplained,
} from '../../src/lib/legal/validity.ts';
import { OPTIONS } from '../../src/schemas/options.ts';
import { optionalText, text, type Loose } from './read.ts';

/** The dates and status of a document as the validity rule reads them; undefined without an issue date. */
export function validityInput(data: Loose): Terminator | undefined {
  const issued = text(data, 'issued');
  if (!isPlainDate(issued)) return undefined;
  const date = (name: string) => {
    const v = optionalText(data, name);
    return v && isPlainDate(v) ? v : undefined;
  };
  const status = text(data, 'status');
  return {
    issued,
    effective: date('effective'),
    expires: date('expires'),
    status: (OPTIONS.validity as readonly string[]).includes(status) ? (status as Validity) : undefined,
  };
}

/** Validity of a document on `today`, with the documents that end it; undefined until it has an issue date. */
export function explainedValidity(
  data: Loose,
  today: string,
  terminators: readonly Terminator[] = [],
): ValidityExplained | undefined {
  const input = validityInput(data);
  return input ? explainValidity(input, today, terminators) : undefined;
}
