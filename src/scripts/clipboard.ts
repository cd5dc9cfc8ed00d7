/**
 * Copying text to the clipboard from a click: the asynchronous Clipboard API where the page
 * may use it, otherwise (older browsers, pages served over plain http, permission refused or
 * no focus) a hidden text area and execCommand('copy'). The caller says what happened, with
 * its own messages from the dictionaries (src/i18n/vi/).
 */

function copyWithTextarea(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** Copies `text`; false when neither way worked, so the caller can offer to select it by hand. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or no focus: fall back below.
  }
  return copyWithTextarea(text);
}
