/**
 * Progressive enhancement for the radio desk. Without JavaScript every page still shows
 * the script, the rundown and the .txt link; this adds:
 * - copy-all (navigator.clipboard, with a hidden-textarea fallback, then a "select it
 *   yourself" message), print, and "nghe thử" with the browser's speech synthesis, shown
 *   only once a Vietnamese voice is available (voices load asynchronously: 'voiceschanged');
 * - the filter by collection and campaign on /phat-thanh/ (?loai=…&phong-trao=…).
 * Messages come from data-* attributes, so every string stays in the dictionaries (src/i18n/vi/).
 */
import { copyText } from './clipboard.ts';

/** The words to read inside `target`: its [data-read] paragraphs, separated by blank lines. */
function textOf(target: HTMLElement): string {
  return [...target.querySelectorAll<HTMLElement>('[data-read]')]
    .map((p) => (p.textContent ?? '').trim())
    .filter(Boolean)
    .join('\n\n');
}

function selectContents(target: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(target);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** A Vietnamese voice of the browser, if it has one. */
export function vietnameseVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  return voices.find((v) => v.lang.toLowerCase().replace('_', '-').startsWith('vi'));
}

function setUpListen(button: HTMLButtonElement, tools: HTMLElement, target: HTMLElement): void {
  if (!('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') return;
  const synth = window.speechSynthesis;
  let voice: SpeechSynthesisVoice | undefined;
  const setPressed = (on: boolean) => {
    button.setAttribute('aria-pressed', String(on));
    button.textContent = (on ? tools.dataset.stopLabel : tools.dataset.listenLabel) ?? button.textContent;
  };
  const update = () => {
    voice = vietnameseVoice(synth.getVoices());
    button.hidden = voice === undefined;
    if (!voice && synth.speaking) synth.cancel();
  };
  update();
  synth.addEventListener('voiceschanged', update);
  button.addEventListener('click', () => {
    if (synth.speaking || synth.pending) {
      synth.cancel();
      setPressed(false);
      return;
    }
    if (!voice) return;
    const utterance = new SpeechSynthesisUtterance(textOf(target));
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.addEventListener('end', () => setPressed(false));
    utterance.addEventListener('error', () => setPressed(false));
    setPressed(true);
    synth.speak(utterance);
  });
  window.addEventListener('pagehide', () => synth.cancel());
}

/** Wires every [data-radio-tools] block on the page. */
export function initRadioTools(): void {
  for (const tools of document.querySelectorAll<HTMLElement>('[data-radio-tools]')) {
    const target = document.getElementById(tools.dataset.textId ?? '');
    if (!target) continue;
    const status = tools.querySelector<HTMLElement>('.radio-tools__status');
    const say = (message: string | undefined) => {
      if (status && message) status.textContent = message;
    };
    const copy = tools.querySelector<HTMLButtonElement>('[data-action="copy"]');
    if (copy) {
      copy.hidden = false;
      copy.addEventListener('click', async () => {
        if (await copyText(textOf(target))) say(tools.dataset.copied);
        else {
          selectContents(target);
          say(tools.dataset.copyFailed);
        }
      });
    }
    const print = tools.querySelector<HTMLButtonElement>('[data-action="print"]');
    if (print) {
      print.hidden = false;
      print.addEventListener('click', () => window.print());
    }
    const listen = tools.querySelector<HTMLButtonElement>('[data-action="listen"]');
    if (listen) setUpListen(listen, tools, target);
  }
}

/** The filter on /phat-thanh/: shows the rows of #script-table that match ?loai= and ?phong-trao=. */
export function initScriptFilter(): void {
  const form = document.querySelector<HTMLFormElement>('[data-radio-filter]');
  const table = document.getElementById('script-table');
  const count = document.getElementById('script-count');
  const none = document.getElementById('script-none');
  if (!form || !table) return;
  const collection = form.querySelector<HTMLSelectElement>('select[name="loai"]');
  const campaign = form.querySelector<HTMLSelectElement>('select[name="phong-trao"]');
  if (!collection || !campaign) return;
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  const has = (select: HTMLSelectElement, value: string) => [...select.options].some((o) => o.value === value);

  const apply = () => {
    const c = collection.value;
    const p = campaign.value;
    let shown = 0;
    for (const row of rows) {
      const match =
        (c === '' || row.dataset.collection === c) &&
        (p === '' || (row.dataset.campaigns ?? '').split(' ').includes(p));
      row.hidden = !match;
      if (match) shown += 1;
    }
    if (count) {
      const filtered = c !== '' || p !== '';
      count.textContent = filtered
        ? (count.dataset.filtered ?? '').replace('{shown}', String(shown))
        : (count.dataset.count ?? '');
    }
    if (none) none.hidden = shown > 0;
    const url = new URL(window.location.href);
    for (const [name, value] of [
      ['loai', c],
      ['phong-trao', p],
    ] as const) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    window.history.replaceState(null, '', url);
  };

  const params = new URLSearchParams(window.location.search);
  const wantedCollection = params.get('loai') ?? '';
  const wantedCampaign = params.get('phong-trao') ?? '';
  if (has(collection, wantedCollection)) collection.value = wantedCollection;
  if (has(campaign, wantedCampaign)) campaign.value = wantedCampaign;
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  collection.addEventListener('change', apply);
  campaign.addEventListener('change', apply);
  apply();
}
