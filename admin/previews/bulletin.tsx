/**
 * Preview of a bulletin, with the structure of /phat-thanh/ban-tin/<id>/
 * (src/pages/phat-thanh/ban-tin/[id].astro and Rundown.astro): air date, slot, priority and
 * total duration, the rundown with each item's duration and running time, the notes, and
 * every word to read. Scripts and durations come from src/lib/radio/, as on the site.
 */
import { t, tMaybe } from '../../src/i18n/strings.ts';
import { formatViDate, isPlainDate, weekdayOf } from '../../src/lib/dates/plain-date.ts';
import { formatClock } from '../../src/lib/radio/duration.ts';
import { rundown } from '../../src/lib/radio/rundown.ts';
import type { RadioContext, Script } from '../../src/lib/radio/script.ts';
import { paths } from '../../src/lib/site/paths.ts';
import { docNumberSlug } from '../../src/lib/legal/doc-number.ts';
import { Duration, ExampleNotice, Page, ScriptText, SummaryList, SummaryRow } from './parts.tsx';
import { announcementScriptOf, documentScriptOf, storyScript, type ScriptResult } from './radio.ts';
import { flag, optionalText, records, text, type Loose } from './read.ts';

/** An entry a bulletin item reads: its front matter and Markdown body. */
export interface ReadEntry {
  data: Loose;
  body: string;
}

/** Key under which the bulletin preview looks up the entry an item reads. */
export function itemKey(item: Loose): { collection: 'honorees' | 'campaigns' | 'documents'; slug: string } | undefined {
  const kind = text(item, 'kind');
  if (kind === 'guong-sang' && text(item, 'honoree')) return { collection: 'honorees', slug: text(item, 'honoree') };
  if (kind === 'phong-trao' && text(item, 'campaign')) return { collection: 'campaigns', slug: text(item, 'campaign') };
  if (kind === 'van-ban' && text(item, 'document'))
    return { collection: 'documents', slug: docNumberSlug(text(item, 'document')) };
  return undefined;
}

export interface BulletinViewProps {
  data: Loose;
  /** Entries the items read, by "<collection>/<slug>", as far as they are loaded. */
  entries: ReadonlyMap<string, ReadEntry>;
  radio: RadioContext | undefined;
}

interface ItemView {
  kind: string;
  label: string;
  href: string | undefined;
  script: Script | undefined;
  problem: string | undefined;
  seconds: number;
}

function itemView(item: Loose, entries: ReadonlyMap<string, ReadEntry>, radio: RadioContext | undefined): ItemView {
  const kind = text(item, 'kind');
  const key = itemKey(item);
  const entry = key ? entries.get(`${key.collection}/${key.slug}`) : undefined;
  let result: ScriptResult;
  let label: string;
  let href: string | undefined;
  if (key && entry) {
    const isDocument = key.collection === 'documents';
    result = isDocument ? documentScriptOf(entry.data, radio) : storyScript(entry.data, entry.body, radio);
    label = isDocument
      ? `${text(entry.data, 'number')}: ${text(entry.data, 'title')}`
      : text(entry.data, 'title') || key.slug;
    href = paths.radioScript(kind, key.slug);
  } else if (key) {
    result = { problem: t('cms.preview.loading') };
    label = key.slug;
    href = undefined;
  } else {
    result = announcementScriptOf(item, radio);
    label = optionalText(item, 'heading') ?? t('option.bulletinItemKind.thong-bao');
    href = undefined;
  }
  return { kind, label, href, script: result.script, problem: result.problem, seconds: result.script?.seconds ?? 0 };
}

export function BulletinView({ data, entries, radio }: BulletinViewProps) {
  const items = records(data, 'items').map((item) => itemView(item, entries, radio));
  const { rows, totalSeconds } = rundown(items);
  const airDate = text(data, 'airDate');
  const slot = text(data, 'slot');
  const priority = text(data, 'priority');
  const notes = optionalText(data, 'notes');
  const kindLabel = (kind: string) => tMaybe(`option.bulletinItemKind.${kind}`) ?? kind;
  return (
    <Page>
      <article className="bulletin-page" data-preview="bulletins" data-total-seconds={totalSeconds}>
        <h1>{text(data, 'title')}</h1>
        {flag(data, 'example') && <ExampleNotice kind="entry" />}
        <SummaryList>
          {isPlainDate(airDate) && (
            <SummaryRow term={t('radio.bulletin.airDate')}>
              <time dateTime={airDate}>
                {t('radio.weekdayDate', {
                  weekday: t(`radio.weekday.${weekdayOf(airDate)}` as 'radio.weekday.0'),
                  date: formatViDate(airDate),
                })}
              </time>
            </SummaryRow>
          )}
          {slot && <SummaryRow term={t('radio.bulletin.slot')}>{tMaybe(`option.slot.${slot}`) ?? slot}</SummaryRow>}
          {priority && (
            <SummaryRow term={t('radio.bulletin.priority')}>
              {tMaybe(`option.priority.${priority}`) ?? priority}
            </SummaryRow>
          )}
          <SummaryRow term={t('radio.bulletin.total')}>
            <strong>
              <Duration seconds={totalSeconds} />
            </strong>
          </SummaryRow>
        </SummaryList>
        <h2 id="rundown">{t('radio.bulletin.rundown')}</h2>
        <div className="table-scroll">
          <table className="rundown" data-total-seconds={totalSeconds}>
            <caption>{t('radio.bulletin.rundownCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('radio.column.position')}
                </th>
                <th scope="col">{t('radio.column.item')}</th>
                <th scope="col" className="num">
                  {t('radio.column.duration')}
                </th>
                <th scope="col" className="num">
                  {t('radio.column.start')}
                </th>
                <th scope="col" className="num">
                  {t('radio.column.running')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr
                  key={row.position}
                  data-kind={row.kind}
                  data-seconds={row.seconds}
                  data-start={row.start}
                  data-end={row.end}
                >
                  <td className="num">{row.position}</td>
                  <th scope="row">
                    <span className="rundown__kind">{kindLabel(row.kind)}</span>
                    {row.href ? <a href={row.href}>{row.label}</a> : <span>{row.label}</span>}
                  </th>
                  <td className="num">
                    <Duration seconds={row.seconds} />
                  </td>
                  <td className="num">{formatClock(row.start)}</td>
                  <td className="num">{formatClock(row.end)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td></td>
                <th scope="row">{t('radio.bulletin.totalRow')}</th>
                <td className="num">
                  <Duration seconds={totalSeconds} />
                </td>
                <td></td>
                <td className="num">{formatClock(totalSeconds)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        {notes && (
          <section aria-labelledby="notes" className="bulletin-notes">
            <h2 id="notes">{t('radio.bulletin.notes')}</h2>
            <p>{notes}</p>
          </section>
        )}
        <section aria-labelledby="full-text" className="bulletin-text">
          <h2 id="full-text">{t('radio.bulletin.fullText')}</h2>
          {rows.map((row) => (
            <section key={row.position} aria-labelledby={`item-${row.position}`}>
              <h3 id={`item-${row.position}`}>
                {t('radio.bulletin.itemHeading', { position: row.position, label: row.label })}
                <span className="secondary">
                  {' '}
                  (<Duration seconds={row.seconds} />)
                </span>
              </h3>
              {row.script ? (
                <ScriptText paragraphs={row.script.paragraphs} />
              ) : (
                <p className="secondary">{row.problem}</p>
              )}
            </section>
          ))}
        </section>
      </article>
    </Page>
  );
}
