/**
 * The frame every preview is drawn in, and the read-aloud script block. The markup inside is
 * the site's own: the render functions of src/render/ that the site's components
 * (SummaryList.astro, SummaryRow.astro, Badge.astro, ExampleNotice.astro, ScriptText.astro,
 * ScriptSummary.astro, …) also call, written here through dangerouslySetInnerHTML, so the
 * site's own stylesheet (admin/previews/styles.ts) makes a preview look like the published page.
 */
import type { ReactNode } from 'react';
import { t } from '../../src/i18n/strings.ts';
import type { Script } from '../../src/lib/radio/script.ts';
import { markup, type Html as Markup } from '../../src/render/html.ts';
import { scriptSummaryHtml } from '../../src/render/script-summary.ts';
import { scriptTextHtml } from '../../src/render/script-text.ts';

/** The page's content column, as in BaseLayout (the header and footer are left out). */
export function Page({ children }: { children: ReactNode }) {
  return (
    <div className="container">
      <main id="main" lang="vi">
        {children}
      </main>
    </div>
  );
}

/**
 * Rendered HTML (a render function's Html, or admin/previews/markdown.ts's sanitised output)
 * inside a <div> of the given class; `seconds` puts a data-seconds on it, as the site's script
 * page carries on its <article>.
 */
export function Html({
  html,
  className,
  seconds,
}: {
  html: string | Markup;
  className?: string;
  seconds?: number | undefined;
}) {
  return (
    <div
      className={className}
      data-seconds={seconds}
      dangerouslySetInnerHTML={{ __html: typeof html === 'string' ? html : html.value }}
    />
  );
}

/**
 * The entry's read-aloud script with its estimated duration, as its page under
 * /phat-thanh/ will show it (the page's ScriptSummary and ScriptText, without the link to the
 * entry, which is the one being edited); `problem` says why there is none yet.
 */
export function RadioScript({
  script,
  rate,
  problem,
}: {
  script?: Script | undefined;
  rate: number;
  problem?: string | undefined;
}) {
  return (
    <section className="script-page preview-radio" aria-labelledby="preview-radio-script" data-preview="radio-script">
      <h2 id="preview-radio-script">{t('cms.preview.radioScript')}</h2>
      {script ? (
        <Html
          html={markup`${scriptSummaryHtml(script, rate)}${scriptTextHtml(script.paragraphs, 'script-text')}`}
          seconds={script.seconds}
        />
      ) : (
        <p className="secondary">{problem ?? t('cms.preview.incomplete')}</p>
      )}
    </section>
  );
}
