/**
 * Looks up the display name of an id in a settings list (residential groups, fields of
 * achievement); falls back to the id so a page never shows nothing.
 */
export function nameOf(list: readonly { id: string; name: string }[], id: string): string {
  return list.find((item) => item.id === id)?.name ?? id;
}
