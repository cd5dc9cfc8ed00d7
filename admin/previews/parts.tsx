/**
 * The small pieces every preview is made of, with the same markup and classes as the site's
 * components (src/components/SummaryList.astro, Badge.astro, ExampleNotice.astro,
 * ScriptText.astro and the /phat-thanh/ script page), so the site's own stylesheet
 * (admin/previews/styles.ts) makes a preview look like the published page.
 */
import type { ReactNode } from 'react';
import { t } from '../../src/i18n/strings.ts';
import { formatDuration } from '../../src/i18n/wording/duration.ts';
import { isoDuration } from '../../src/lib/radio/duration.ts';
import type { Script } from '../../src/lib/radio/script.ts';
import type { Tone } from '../../src/render/badge.ts';

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

export function SummaryList({ children }: { children: ReactNode }) {
  return <dl className="summary-list">{children}</dl>;
}

export function SummaryRow({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export type { Tone } from '../../src/render/badge.ts';

export function Badge({ text, tone = 'grey' }: { text: string; tone?: Tone }) {
  return <strong className={`badge badge--${tone}`}>{text}</strong>;
}

export function ExampleNotice({ kind }: { kind: 'story' | 'entry' }) {
  return (
    <div className="notice">
      <p className="notice__title">{t('site.example')}</p>
      <p>{kind === 'story' ? t('site.exampleNote') : t('site.exampleNoteEntry')}</p>
    </div>
  );
}

/** Rendered HTML (from admin/previews/markdown.ts) inside an element of the given class. */
export function Html({ html, className }: { html: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** A duration as the radio desk shows it: "1 phút 20 giây" in a <time>. */
export function Duration({ seconds }: { seconds: number }) {
  return <time dateTime={isoDuration(seconds)}>{formatDuration(seconds)}</time>;
}

/** The words to read, one paragraph each (ScriptText.astro). */
export function ScriptText({ paragraphs }: { paragraphs: readonly string[] }) {
  return (
    <div className="script-text" lang="vi">
      {paragraphs.map((p, i) => (
        <p key={i} data-read="">
          {p}
        </p>
      ))}
    </div>
  );
}

/**
 * The entry's read-aloud script with its estimated duration, as its page under
 * /phat-thanh/ will show it; `problem` says why there is none yet.
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
        <>
          <SummaryList>
            <SummaryRow term={t('radio.script.duration')}>
              <strong data-seconds={script.seconds}>
                <Duration seconds={script.seconds} />
              </strong>{' '}
              <span className="secondary">({t('radio.script.syllables', { count: script.syllables, rate })})</span>
            </SummaryRow>
            <SummaryRow term={t('radio.script.source')}>
              {script.handwritten ? t('radio.script.handwritten') : t('radio.script.derived')}
            </SummaryRow>
          </SummaryList>
          {script.unknownAbbreviations.length > 0 && (
            <div className="notice">
              <p>{t('radio.script.unknown', { list: script.unknownAbbreviations.join(', ') })}</p>
            </div>
          )}
          <ScriptText paragraphs={script.paragraphs} />
        </>
      ) : (
        <p className="secondary">{problem ?? t('cms.preview.incomplete')}</p>
      )}
    </section>
  );
}
