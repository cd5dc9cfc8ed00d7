/**
 * Preview of a document, with the structure of /van-ban/<number-slug>/
 * (src/pages/van-ban/[id].astro, DocumentBody.astro, LegalUnit.astro, LegalToc.astro): the
 * facts and validity, how to cite it, its relations both ways, and its text with the
 * Chương / Điều / khoản structure recognised by src/lib/legal/parse-structure.ts: table of
 * contents, and an anchor (#dieu-24-khoan-2) with a link on every unit. Then the read-aloud
 * script with its duration.
 */
import { t, tMaybe } from '../../src/i18n/strings.ts';
import { formatViDate, todayInVietnam } from '../../src/lib/dates/plain-date.ts';
import { docNumberSlug } from '../../src/lib/legal/doc-number.ts';
import { citation, documentCitation, unitCitation } from '../../src/lib/legal/citation.ts';
import { documentRelations, groupRelations, type RelationGroup } from '../../src/lib/legal/relations.ts';
import { terminatingLinks, type Terminator, type ValidityExplained } from '../../src/lib/legal/validity.ts';
import {
  parseStructure,
  tableOfContents,
  type LegalUnit,
  type TocEntry,
  type UnitKind,
} from '../../src/lib/legal/parse-structure.ts';
import { paths } from '../../src/lib/site/paths.ts';
import type { RadioContext } from '../../src/lib/radio/script.ts';
import { OPTIONS } from '../../src/schemas/options.ts';
import { inlineHtml, markdownHtml } from './markdown.ts';
import { Html, Page, RadioScript, SummaryList, SummaryRow } from './parts.tsx';
import { explainedValidity, validityInput, ValidityBadge } from './validity.tsx';
import { documentScriptOf } from './radio.ts';
import { flag, optionalText, records, strings, text, type Loose } from './read.ts';

// As in LegalUnit.astro: which units are headings, and which stack their label above the title.
const HEADINGS: ReadonlySet<UnitKind> = new Set(['phan', 'chuong', 'muc', 'tieu-muc', 'dieu', 'section']);
const STACKED: ReadonlySet<UnitKind> = new Set(['phan', 'chuong', 'muc', 'tieu-muc']);

export interface DocumentViewProps {
  data: Loose;
  body: string;
  /** The other documents of the site (their front matter), for relations and validity. */
  others: readonly Loose[];
  radio: RadioContext | undefined;
  today?: string;
}

interface Related {
  data: Loose;
  explained: ValidityExplained | undefined;
}

/** Every document by id with its validity, worked out as src/data/documents-view.ts does. */
function relatedDocuments(all: readonly Loose[], today: string) {
  const byId = new Map(all.map((d) => [docNumberSlug(text(d, 'number')), d]));
  const relations = documentRelations(
    [...byId].map(([id, d]) => ({
      id,
      relations: records(d, 'relations').flatMap((r) => {
        const kind = text(r, 'kind');
        const target = text(r, 'target');
        return kind && target ? [{ kind, target, note: optionalText(r, 'note'), partial: flag(r, 'partial') }] : [];
      }),
    })),
  );
  const out = new Map<string, Related>();
  for (const [id, d] of byId) {
    const terminators = terminatingLinks(relations.get(id)).flatMap((link): Terminator[] => {
      const input = byId.has(link.otherId) ? validityInput(byId.get(link.otherId) ?? {}) : undefined;
      return input ? [{ ...input, status: undefined, id: link.otherId, kind: link.kind, partial: link.partial }] : [];
    });
    out.set(id, { data: d, explained: explainedValidity(d, today, terminators) });
  }
  return { byId: out, relations };
}

function UnitLink({ id, label, cite, compact }: { id: string; label: string; cite: string; compact?: boolean }) {
  return (
    <a
      className={compact ? 'unit-link unit-link--compact' : 'unit-link'}
      href={`#${id}`}
      data-citation={cite}
      aria-label={t('documents.unitLinkLabel', { unit: label })}
    >
      <svg
        className="unit-link__icon"
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 24 24"
        width="18"
        height="18"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71" />
        <path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71" />
      </svg>
      <span className="unit-link__text">{t('documents.unitLink')}</span>
    </a>
  );
}

function Unit({ unit, above, level, doc }: { unit: LegalUnit; above: LegalUnit[]; level: number; doc: Loose }) {
  const chain = [...above, unit];
  const label = unitCitation(chain);
  const cite = citation(chain, {
    type: text(doc, 'type'),
    number: text(doc, 'number'),
    title: text(doc, 'title'),
    issued: text(doc, 'issued'),
    issuer: text(doc, 'issuer'),
  });
  const isHeading = HEADINGS.has(unit.kind) || unit.title !== '';
  const Heading = `h${Math.min(6, Math.max(2, level))}` as 'h2';
  const unitLabel = t(`legal.label.${unit.kind}`, { n: unit.number });
  const classes = ['lu', `lu--${unit.kind}`, ...(STACKED.has(unit.kind) ? ['lu--stacked'] : [])].join(' ');
  const bodyHtml = markdownHtml(unit.body, `${unit.id}-`);
  return (
    <div className={classes} id={unit.id}>
      {isHeading ? (
        <div className="lu__head">
          <Heading className="lu__heading">
            <span className="lu__label">{unitLabel}</span>{' '}
            {unit.title && <span className="lu__title">{unit.title}</span>}
          </Heading>
          <UnitLink id={unit.id} label={label} cite={cite} />
        </div>
      ) : (
        <div className="lu__row">
          <p className="lu__lead">
            <span className="lu__label">{unitLabel}</span>{' '}
            <span dangerouslySetInnerHTML={{ __html: inlineHtml(unit.lead) }} />
          </p>
          <UnitLink id={unit.id} label={label} cite={cite} compact />
        </div>
      )}
      {bodyHtml && <Html className="lu__body" html={bodyHtml} />}
      {unit.children.map((child) => (
        <Unit key={child.id} unit={child} above={chain} level={isHeading ? level + 1 : level} doc={doc} />
      ))}
    </div>
  );
}

function Toc({ entries, labelledBy }: { entries: readonly TocEntry[]; labelledBy?: string }) {
  const entryText = (entry: TocEntry) => {
    const label = t(`legal.label.${entry.kind}`, { n: entry.number });
    return entry.text ? `${label}${/[.)]$/.test(label) ? '' : '.'} ${entry.text}` : label;
  };
  return (
    <ol className="toc-list" aria-labelledby={labelledBy}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={`#${entry.id}`}>{entryText(entry)}</a>
          {entry.children.length > 0 && <Toc entries={entry.children} />}
        </li>
      ))}
    </ol>
  );
}

/** The document's text with its structure (DocumentBody.astro). */
export function LegalText({ body, doc, level }: { body: string; doc: Loose; level: number }) {
  const structure = parseStructure(body);
  const toc = tableOfContents(structure);
  const withToc = toc.length > 1 || (toc[0]?.children.length ?? 0) > 0;
  const TocHeading = `h${Math.min(6, Math.max(2, level))}` as 'h3';
  return (
    <div className={withToc ? 'legal legal--toc' : 'legal'}>
      {withToc && (
        <nav className="legal__toc" aria-labelledby="toc-title">
          <TocHeading className="legal__toc-title" id="toc-title">
            {t('documents.toc')}
          </TocHeading>
          <Toc entries={toc} labelledBy="toc-title" />
        </nav>
      )}
      <div className="legal__text">
        {structure.nodes.map((node, i) =>
          node.kind === 'text' ? (
            <Html key={`text-${i}`} className={`legal__${node.role}`} html={markdownHtml(node.body, `${node.role}-`)} />
          ) : (
            <Unit key={node.id} unit={node} above={[]} level={level} doc={doc} />
          ),
        )}
      </div>
    </div>
  );
}

function RelationGroups({ groups, byId }: { groups: RelationGroup[]; byId: ReadonlyMap<string, Related> }) {
  return (
    <>
      {groups.map((group) => (
        <div key={`${group.direction}-${group.kind}`}>
          <h3 className="relation-group__title">
            {tMaybe(group.direction === 'outgoing' ? `relation.${group.kind}` : `relation.${group.kind}.inverse`) ??
              group.kind}
          </h3>
          <ul className="link-list relation-list">
            {group.links.map((link) => {
              const other = byId.get(link.otherId);
              const issued = other ? text(other.data, 'issued') : '';
              return (
                <li key={link.otherId}>
                  {other ? (
                    <a href={paths.document(link.otherId)}>
                      {t('documents.titleLine', {
                        number: text(other.data, 'number'),
                        title: text(other.data, 'title'),
                      })}
                    </a>
                  ) : (
                    link.otherId
                  )}
                  {issued && (
                    <span className="secondary small">
                      {' '}
                      · {t('documents.relatedMeta', { date: formatViDate(issued) })}
                    </span>
                  )}
                  {other?.explained && (
                    <>
                      {' '}
                      <ValidityBadge validity={other.explained.validity} />
                    </>
                  )}
                  {link.note && <span className="relation-list__note secondary small">{link.note}</span>}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </>
  );
}

export function DocumentView({ data, body, others, radio, today = todayInVietnam() }: DocumentViewProps) {
  const number = text(data, 'number');
  const id = docNumberSlug(number);
  const all = [...others.filter((o) => docNumberSlug(text(o, 'number')) !== id), data];
  const { byId, relations } = relatedDocuments(all, today);
  const groups = groupRelations(relations.get(id) ?? { outgoing: [], incoming: [] }, OPTIONS.relationKind);
  const explained = byId.get(id)?.explained;
  const type = text(data, 'type');
  const typeLabel = type ? (tMaybe(`option.documentType.${type}`) ?? type) : '';
  const date = (name: string) => {
    const v = optionalText(data, name);
    return v ? formatViDate(v) : t('documents.notSet');
  };
  const unverified = strings(data, 'unverified');
  const attachments = records(data, 'attachments');
  const source = optionalText(data, 'source');
  const script = documentScriptOf(data, radio);
  const cite = type && number ? documentCitation({ type, number, ...citable(data) }) : '';
  return (
    <Page>
      <article className="doc-page" data-preview="documents">
        <div className="doc-page__head">
          <h1>{t('documents.titleLine', { number, title: text(data, 'title') })}</h1>
          <p className="lead prose">{text(data, 'subject')}</p>
          {unverified.length > 0 && (
            <div className="notice notice--warning" role="note">
              <p className="notice__title">{t('documents.unverified')}</p>
              <p>{t('documents.unverifiedNote')}</p>
              <ul>
                {unverified.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            </div>
          )}
          <SummaryList>
            <SummaryRow term={t('documents.number')}>{number}</SummaryRow>
            <SummaryRow term={t('documents.type')}>{typeLabel}</SummaryRow>
            <SummaryRow term={t('documents.issuer')}>{text(data, 'issuer')}</SummaryRow>
            {optionalText(data, 'signer') && (
              <SummaryRow term={t('documents.signer')}>{text(data, 'signer')}</SummaryRow>
            )}
            {optionalText(data, 'signerTitle') && (
              <SummaryRow term={t('documents.signerTitle')}>{text(data, 'signerTitle')}</SummaryRow>
            )}
            <SummaryRow term={t('documents.issued')}>{date('issued')}</SummaryRow>
            <SummaryRow term={t('documents.effective')}>{date('effective')}</SummaryRow>
            <SummaryRow term={t('documents.expires')}>
              {optionalText(data, 'expires') ? date('expires') : t('documents.noExpiry')}
            </SummaryRow>
            <SummaryRow term={t('documents.area')}>{text(data, 'area')}</SummaryRow>
            {explained && (
              <SummaryRow term={t('documents.status')}>
                <ValidityBadge validity={explained.validity} />{' '}
                <span className="secondary">{t('documents.asOf', { date: formatViDate(today) })}</span>
              </SummaryRow>
            )}
          </SummaryList>
          {cite && (
            <div className="citation-box">
              <h2 className="citation-box__title">{t('documents.citation')}</h2>
              <p className="citation-box__text">{cite}</p>
            </div>
          )}
          {source && (
            <p>
              <a href={source}>{t('documents.source')}</a>
            </p>
          )}
          {attachments.length > 0 && (
            <section aria-labelledby="files">
              <h2 id="files">{t('documents.attachments')}</h2>
              <ul className="link-list attachment-list">
                {attachments.map((a, i) => (
                  <li key={i}>
                    <a href={paths.publicFile(text(a, 'file'))}>{text(a, 'label') || text(a, 'file')}</a>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <h2>{t('documents.summary')}</h2>
          <p className="prose">{text(data, 'summary')}</p>
          {groups.length > 0 && (
            <section aria-labelledby="relations" data-preview="relations">
              <h2 id="relations">{t('documents.relations')}</h2>
              <RelationGroups groups={groups} byId={byId} />
            </section>
          )}
        </div>
        <section aria-labelledby="full-text">
          <h2 id="full-text">{t(flag(data, 'fullText') ? 'documents.fullText' : 'documents.contentSummary')}</h2>
          {body.trim() !== '' ? <LegalText body={body} doc={data} level={3} /> : <p>{t('documents.noFullText')}</p>}
        </section>
      </article>
      <RadioScript script={script.script} problem={script.problem} rate={radio?.syllablesPerMinute ?? 0} />
    </Page>
  );
}

function citable(data: Loose) {
  return { title: text(data, 'title'), issued: text(data, 'issued'), issuer: text(data, 'issuer') };
}
