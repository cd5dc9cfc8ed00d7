/**
 * A tiny HTML builder for markup that the site (Astro, through `<Fragment set:html>`) and the
 * CMS previews (React, through `dangerouslySetInnerHTML`) render from one source.
 *
 * `markup` is a tagged template: every interpolated string or number is escaped as Astro
 * escapes text (& < > ' "), arrays are joined, false / null / undefined write nothing, and
 * only an `Html` value (the result of `markup`, `attr` or `trusted`) is written as it is.
 * Attributes go through `attr`, which escapes as Astro does (& and ") and leaves out an
 * absent value. In the template's own text a run of white space that holds a line break is
 * dropped, as Astro's compiler drops it from a component, so templates can be laid out on
 * several lines and still give the same bytes as the .astro markup they replace; a space
 * that matters stays on its line. (Not named `html`: Prettier would reformat the markup.)
 */

/** Markup that is safe to write as it is. */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

/** What a template may interpolate. */
export type Part = Html | string | number | false | null | undefined | readonly Part[];

const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text content escaped as Astro escapes `{expression}` text. */
export function escapeText(value: string): string {
  return value.replace(/[&<>'"]/g, (c) => TEXT_ENTITIES[c] ?? c);
}

/** An attribute value escaped as Astro escapes it (only & and ", the value is double-quoted). */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function write(part: Part): string {
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(write).join('');
  if (part === false || part === null || part === undefined) return '';
  return escapeText(String(part as string | number));
}

/** The template's own text without the white space that only lays it out. */
function layout(text: string | undefined): string {
  return (text ?? '').replace(/\s*\n\s*/g, '');
}

/** Builds markup; see the module comment for what is escaped and what white space is dropped. */
export function markup(strings: TemplateStringsArray, ...parts: readonly Part[]): Html {
  let out = layout(strings[0]);
  parts.forEach((part, i) => {
    out += write(part) + layout(strings[i + 1]);
  });
  return new Html(out);
}

/**
 * One attribute with its leading space, as Astro writes `name={value}`: nothing for undefined
 * or null, the bare name for an empty string.
 */
export function attr(name: string, value: string | number | undefined | null): Html {
  if (value === undefined || value === null) return new Html('');
  const text = String(value);
  return new Html(text === '' ? ` ${name}` : ` ${name}="${escapeAttribute(text)}"`);
}

/** HTML made elsewhere and already safe (the Markdown pipeline's sanitised output). */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** Class names joined as Astro's class:list joins them; false entries are left out. */
export function classes(...names: readonly (string | false | undefined)[]): string {
  return names.filter((n): n is string => typeof n === 'string' && n !== '').join(' ');
}
