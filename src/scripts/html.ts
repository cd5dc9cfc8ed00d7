/**
 * Escaping for HTML built as strings by the browser scripts: text and attribute values
 * (double-quoted) come out as the characters they are, never as markup.
 */
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ENTITIES[char] ?? char);
}

/** Parses HTML built by this module's callers into elements (one per top-level tag). */
export function elementsFrom(html: string): Element[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.children];
}
