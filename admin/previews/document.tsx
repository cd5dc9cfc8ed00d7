/**
 * Preview of a document, with the structure of /van-ban/<number-slug>/
 * (src/pages/van-ban/[id].astro): the facts and validity, how to cite it, its relations both
 * ways, and its text with the Chương / Điều / khoản structure recognised by
 * src/lib/legal/parse-structure.ts: table of contents, and an anchor (#dieu-24-khoan-2) with a
 * link on every unit. Then the read-aloud script with its duration. The unverified notice, the
 * facts with the validity and its reason, the source link, the citation box, the attachments,
 * the relations and the legal text are the site's own markup (src/render/, as
 * UnverifiedNotice.astro, DocumentFacts.astro, DocumentSource.astro, CitationBox.astro,
 * AttachmentList.astro, RelationList.astro and DocumentBody.astro render it), fed from the
 * entry being edited; the preview leaves out the links to browse pages and the plan task.
 */
import { t, tMaybe } from '../../src/i18n/strings.ts';
import { isPlainDate, todayInVietnam } from '../../src/lib/dates/plain-date.ts';
import { docNumberSlug } from '../../src/lib/legal/doc-number.ts';
import { documentCitation, type CitableDocument } from '../../src/lib/legal/citation.ts';
import { groupRelations } from '../../src/lib/legal/relations.ts';
import { documentValidities } from '../../src/lib/legal/validities.ts';
import type { ValidityExplained } from '../../src/lib/legal/validity.ts';
import { parseStructure } from '../../src/lib/legal/parse-structure.ts';
import { renderedStructure } from '../../src/lib/legal/rendered.ts';
import { fileKind } from '../../src/lib/site/file-info.ts';
import { attachmentListHtml, type Attachment } from '../../src/render/attachment-list.ts';
import { citationBoxHtml } from '../../src/render/citation-box.ts';
import { legalTextHtml } from '../../src/render/legal-unit.ts';
import { relationListHtml, type RelatedDocument } from '../../src/render/relation-list.ts';
import { planTasksHtml, type PlanTaskRow } from '../../src/render/plan-tasks.ts';
import { documentFactsHtml, documentSourceHtml } from '../../src/render/document-facts.ts';
import { unverifiedNoticeHtml } from '../../src/render/unverified-notice.ts';
import { paths } from '../../src/lib/site/paths.ts';
import type { RadioContext } from '../../src/lib/radio/script.ts';
import { OPTIONS } from '../../src/schemas/options.ts';
import { inlineHtml, markdownHtml } from './markdown.ts';
import { Html, Page, RadioScript } from './parts.tsx';
import { validityInput } from './validity.tsx';
import { documentScriptOf } from './radio.ts';
import { flag, optionalText, records, strings, text, type Loose } from './read.ts';

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

/** Every document by id with its validity, worked out by the site's rule (src/lib/legal/validities.ts). */
function relatedDocuments(all: readonly Loose[], today: string) {
  const byNumber = new Map(all.map((d) => [docNumberSlug(text(d, 'number')), d]));
  const { relations, explained } = documentValidities(
    [...byNumber].map(([id, d]) => ({
      id,
      relations: records(d, 'relations').flatMap((r) => {
        const kind = text(r, 'kind');
        const target = text(r, 'target');
        return kind && target ? [{ kind, target, note: optionalText(r, 'note'), partial: flag(r, 'partial') }] : [];
      }),
      input: validityInput(d),
    })),
    today,
  );
  const byId = new Map<string, Related>(
    [...byNumber].map(([id, data]) => [id, { data, explained: explained.get(id) }]),
  );
  return { byId, relations };
}

/** The document's text with its structure, as the site reads it (src/data/legal-text.ts). */
function legalText(body: string, doc: Loose) {
  return renderedStructure(parseStructure(body), citable(doc), { block: markdownHtml, inline: inlineHtml });
}

/** What the relation list shows of each document (RelationList.astro's `documents`). */
function relatedShown(byId: ReadonlyMap<string, Related>): Map<string, RelatedDocument> {
  return new Map(
    [...byId].map(([id, { data, explained }]) => [
      id,
      {
        number: text(data, 'number'),
        title: text(data, 'title'),
        issued: text(data, 'issued'),
        validity: explained?.validity,
      },
    ]),
  );
}

/** The plan's tasks as the editor writes them (the site adds what was done for each). */
function taskRows(data: Loose): PlanTaskRow[] {
  return records(data, 'tasks').map((task) => ({
    task: {
      id: text(task, 'id'),
      title: text(task, 'title'),
      lead: text(task, 'lead'),
      partners: optionalText(task, 'partners'),
      due: optionalText(task, 'due'),
    },
  }));
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
  const unverified = strings(data, 'unverified');
  const attachments = records(data, 'attachments').map((a): Attachment => ({
    href: paths.publicFile(text(a, 'file')),
    label: text(a, 'label') || text(a, 'file'),
    kind: fileKind(text(a, 'file')),
    // The preview cannot read the file's size; the site shows it.
    size: '',
  }));
  const source = optionalText(data, 'source');
  const script = documentScriptOf(data, radio);
  const cite = type && number ? documentCitation(citable(data)) : '';
  const rendered = legalText(body, data);
  /** A date field, once it holds a real date (until then the facts say it is not set). */
  const plainDate = (name: string) => {
    const value = optionalText(data, name);
    return value && isPlainDate(value) ? value : undefined;
  };
  const expires = plainDate('expires');
  const facts = documentFactsHtml({
    number,
    type: { text: typeLabel },
    issuer: { text: text(data, 'issuer') },
    signer: optionalText(data, 'signer'),
    signerTitle: optionalText(data, 'signerTitle'),
    issued: plainDate('issued'),
    effective: plainDate('effective'),
    ends: expires ?? (explained?.reason.kind === 'terminated' ? explained.reason.on : undefined),
    area: text(data, 'area'),
    status: explained && {
      explained,
      numberOf: (other) => {
        const found = byId.get(other);
        return found && text(found.data, 'number');
      },
      today,
    },
  });
  const tasks = taskRows(data);
  return (
    <Page>
      <article className="doc-page" data-preview="documents">
        <div className="doc-page__head">
          <h1>{t('documents.titleLine', { number, title: text(data, 'title') })}</h1>
          <p className="lead prose">{text(data, 'subject')}</p>
          {unverified.length > 0 && <Html html={unverifiedNoticeHtml(unverified, source)} />}
          <Html html={facts} />
          {cite && <Html html={citationBoxHtml(cite, rendered.hasUnits)} />}
          {source && <Html html={documentSourceHtml(source)} />}
          {attachments.length > 0 && (
            <section aria-labelledby="files">
              <h2 id="files">{t('documents.attachments')}</h2>
              <Html html={attachmentListHtml(attachments)} />
            </section>
          )}
          <h2>{t('documents.summary')}</h2>
          <p className="prose">{text(data, 'summary')}</p>
          {groups.length > 0 && (
            <section aria-labelledby="relations" data-preview="relations">
              <h2 id="relations">{t('documents.relations')}</h2>
              <Html html={relationListHtml(groups, relatedShown(byId))} />
            </section>
          )}
          {tasks.length > 0 && (
            <section aria-labelledby="tasks" data-preview="tasks">
              <h2 id="tasks">{t('documents.tasks.preview')}</h2>
              <Html html={planTasksHtml(tasks)} />
            </section>
          )}
        </div>
        <section aria-labelledby="full-text">
          <h2 id="full-text">{t(flag(data, 'fullText') ? 'documents.fullText' : 'documents.contentSummary')}</h2>
          {body.trim() !== '' ? <Html html={legalTextHtml(rendered, 3)} /> : <p>{t('documents.noFullText')}</p>}
        </section>
      </article>
      <RadioScript script={script.script} problem={script.problem} rate={radio?.syllablesPerMinute ?? 0} />
    </Page>
  );
}

/** The fields a citation names. */
function citable(data: Loose): CitableDocument {
  return {
    type: text(data, 'type'),
    number: text(data, 'number'),
    title: text(data, 'title'),
    issued: text(data, 'issued'),
    issuer: text(data, 'issuer'),
  };
}
