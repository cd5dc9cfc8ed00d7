/**
 * A bulletin's rundown: items in reading order with their duration and running time, and
 * the total. data-seconds / data-start / data-end / data-total-seconds carry the numbers.
 * Rendered by src/components/Rundown.astro and the bulletin preview.
 */
import { t, tMaybe } from '../i18n/strings.ts';
import type { RundownItem } from '../lib/radio/bulletin-item.ts';
import { formatClock } from '../lib/radio/duration.ts';
import type { RundownRow } from '../lib/radio/rundown.ts';
import { durationHtml } from './duration.ts';
import { attr, markup, type Html } from './html.ts';

export { durationHtml } from './duration.ts';

function rowHtml(row: RundownRow<RundownItem>): Html {
  const label = row.href ? markup`<a${attr('href', row.href)}>${row.label}</a>` : markup`<span>${row.label}</span>`;
  return markup`
    <tr
      ${attr('data-kind', row.kind)}
      ${attr('data-seconds', row.seconds)}
      ${attr('data-start', row.start)}
      ${attr('data-end', row.end)}
    >
      <td class="num">${row.position}</td>
      <th scope="row">
        <span class="rundown__kind">${tMaybe(`option.bulletinItemKind.${row.kind}`) ?? row.kind}</span>
        ${label}
      </th>
      <td class="num">${durationHtml(row.seconds)}</td>
      <td class="num">${formatClock(row.start)}</td>
      <td class="num">${formatClock(row.end)}</td>
    </tr>`;
}

/** The table, in its scrolling box. */
export function rundownHtml(rows: readonly RundownRow<RundownItem>[], totalSeconds: number): Html {
  return markup`
    <div class="table-scroll">
      <table class="rundown"${attr('data-total-seconds', totalSeconds)}>
        <caption>${t('radio.bulletin.rundownCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" class="num">${t('radio.column.position')}</th>
            <th scope="col">${t('radio.column.item')}</th>
            <th scope="col" class="num">${t('radio.column.duration')}</th>
            <th scope="col" class="num">${t('radio.column.start')}</th>
            <th scope="col" class="num">${t('radio.column.running')}</th>
          </tr>
        </thead>
        <tbody>${rows.map(rowHtml)}</tbody>
        <tfoot>
          <tr>
            <td></td>
            <th scope="row">${t('radio.bulletin.totalRow')}</th>
            <td class="num">${durationHtml(totalSeconds)}</td>
            <td></td>
            <td class="num">${formatClock(totalSeconds)}</td>
          </tr>
        </tfoot>
      </table>
    </div>`;
}
