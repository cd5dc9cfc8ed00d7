/**
 * Progressive enhancement for document pages: a click on a unit's link button still follows
 * the anchor (the address bar then holds the deep link) and also copies the citation with the
 * address; the document's "copy citation" and "print" buttons appear and work. Messages come
 * from data-* attributes on #copy-status, so every string stays in the dictionaries (src/i18n/vi/).
 */
import { citationWithUrl } from '../lib/legal/citation.ts';
import { copyText } from './clipboard.ts';

const CLEAR_AFTER_MS = 8000;

export function enhanceLegalLinks(): void {
  const status = document.getElementById('copy-status');
  if (!status) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const say = (message: string) => {
    status.textContent = message;
    clearTimeout(timer);
    timer = setTimeout(() => {
      status.textContent = '';
    }, CLEAR_AFTER_MS);
  };
  const copy = async (text: string) => {
    const ok = await copyText(text);
    say(ok ? (status.dataset['copied'] ?? '').replace('{text}', text) : (status.dataset['failed'] ?? ''));
  };

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest<HTMLAnchorElement>('a.unit-link[data-citation]');
    if (link) {
      const url = new URL(link.getAttribute('href') ?? '', window.location.href).href;
      void copy(citationWithUrl(link.dataset['citation'] ?? '', url));
      return;
    }
    const button = target?.closest<HTMLButtonElement>('button[data-copy-citation]');
    if (button) {
      const url = new URL(window.location.pathname, window.location.href).href;
      void copy(citationWithUrl(button.dataset['copyCitation'] ?? '', url));
      return;
    }
    if (target?.closest('button[data-print]')) window.print();
  });

  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-citation], button[data-print]')) {
    button.hidden = false;
  }
}
