import { field, planTaskField } from './fields.ts';
import { DOC_NUMBER_PATTERN } from '../lib/legal/doc-number.ts';
import { TASK_ID_MAX_LENGTH, TASK_ID_PATTERN } from '../lib/plan/tasks.ts';

/** Legal and administrative documents (văn bản). */
export const documentFields = {
  /** Number and symbol (số, ký hiệu), e.g. "98/2023/NĐ-CP" or "08/KH-UBND". */
  number: field.string({ pattern: { source: DOC_NUMBER_PATTERN, message: 'error.docNumber' } }),
  /** Type of document. */
  type: field.select('documentType'),
  /** Short title used in citations, e.g. "Luật Thi đua, khen thưởng". */
  title: field.string({ maxLength: 200 }),
  /** Subject line (trích yếu) as printed on the document. */
  subject: field.text({ maxLength: 600 }),
  /** Issuing body (cơ quan ban hành). */
  issuer: field.string({ maxLength: 200 }),
  /** Name of the signatory. */
  signer: field.string({ required: false, maxLength: 120 }),
  /** Title of the signatory, e.g. "Phó Chủ tịch". */
  signerTitle: field.string({ required: false, maxLength: 160 }),
  /** Date of issue. */
  issued: field.date(),
  /** Date the document takes effect. */
  effective: field.date({ required: false }),
  /** Date the document ceases to have effect. */
  expires: field.date({ required: false }),
  /** Field of law (lĩnh vực). */
  area: field.string({ maxLength: 120 }),
  /** Validity status set by hand; when empty it is derived from the dates and relations. */
  status: field.select('validity', { required: false }),
  /** Short summary in plain words. */
  summary: field.text({ maxLength: 800 }),
  /** Typed relations to other documents ("this document … that one"). */
  relations: field.list({
    /** How this document relates to the other one. */
    kind: field.select('relationKind'),
    /** Number of the other document. */
    target: field.reference('documents'),
    /** Optional remark, e.g. which articles are affected. */
    note: field.string({ required: false, maxLength: 300 }),
    /** Only part of the other document is concerned (some articles replaced or repealed). */
    partial: field.boolean(),
  }),
  /**
   * The tasks a plan sets out, in the plan's order, as the plan words them; the plan's page
   * tracks what was done for each. Other entries name a task by its id.
   */
  tasks: field.list({
    /** Short ASCII id, unique across all documents, e.g. "tuyen-truyen". */
    id: field.string({
      pattern: { source: TASK_ID_PATTERN, message: 'error.taskId' },
      maxLength: TASK_ID_MAX_LENGTH,
    }),
    /** The task as the plan words it. */
    title: field.text({ maxLength: 400 }),
    /** Unit that leads the task (đơn vị chủ trì). */
    lead: field.string({ maxLength: 200 }),
    /** Units that take part (đơn vị phối hợp). */
    partners: field.string({ required: false, maxLength: 300 }),
    /** When or how often, as the plan says it, e.g. "Cả năm 2025". */
    due: field.string({ required: false, maxLength: 120 }),
  }),
  /** The plan task this document carries out (a commendation decision, a guidance letter). */
  task: planTaskField(),
  /** Original files (PDF) of the document. */
  attachments: field.list({
    /** The file, stored under public/files/. */
    file: field.file(),
    /** What the file is, e.g. "Bản gốc có chữ ký". */
    label: field.string({ maxLength: 160 }),
  }),
  /** Link to the document in the official national legal database or gazette. */
  source: field.url({ required: false }),
  /** The body is the document's official full text; otherwise it is a summary written for the site. */
  fullText: field.boolean(),
  /** Facts about this document not yet checked against the original. */
  unverified: field.stringList(),
} as const;
