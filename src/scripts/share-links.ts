/**
 * Progressive enhancement of the share block: "copy link" (and the phone's own share sheet,
 * which lists Zalo, Messenger and the rest) appear only when the browser can do them.
 * Without JavaScript the Zalo and Facebook links still work and the buttons stay hidden.
 */
export function enhanceShareLinks(): void {
  for (const block of document.querySelectorAll<HTMLElement>('[data-share]')) {
    const url = block.dataset.url ?? location.href;
    const status = block.querySelector<HTMLElement>('[data-share-status]');
    const say = (text: string | undefined) => {
      if (status) status.textContent = text ?? '';
    };
    const copyItem = block.querySelector<HTMLElement>('[data-share-copy]');
    const copy = copyItem?.querySelector('button');
    if (copyItem && copy && navigator.clipboard?.writeText) {
      copyItem.hidden = false;
      copy.addEventListener('click', () => {
        navigator.clipboard.writeText(url).then(
          () => say(block.dataset.copied),
          () => say(block.dataset.failed),
        );
      });
    }
    const nativeItem = block.querySelector<HTMLElement>('[data-share-native]');
    const native = nativeItem?.querySelector('button');
    if (nativeItem && native && typeof navigator.share === 'function') {
      nativeItem.hidden = false;
      native.addEventListener('click', () => {
        navigator.share({ title: block.dataset.title ?? document.title, url }).catch(() => undefined);
      });
    }
  }
}
