import { field, planTaskField } from './fields.ts';
import { DOC_NUMBER_PATTERN } from '../lib/legal/doc-number.ts';

/** Emulation campaigns (phong trào thi đua). */
export const campaignFields = {
  /** Name of the campaign. */
  title: field.string({ maxLength: 200 }),
  /** Regular (thường xuyên) or thematic (theo chuyên đề). */
  kind: field.select('campaignKind'),
  /** Body that launched the campaign, e.g. "UBND phường Phùng Chí Kiên". */
  launchedBy: field.string({ maxLength: 200 }),
  /** First day of the campaign. */
  start: field.date(),
  /** Last day of the campaign; empty for open-ended campaigns. */
  end: field.date({ required: false }),
  /** One or two sentences shown on cards and in share previews. */
  summary: field.text({ maxLength: 400 }),
  /** Who the campaign is aimed at. */
  targetGroups: field.stringList(),
  /** Criteria for taking part or being commended. */
  criteria: field.stringList(),
  /** Documents the campaign rests on, by number. */
  legalBasis: field.reference('documents', { multiple: true, required: false }),
  /** The plan task the campaign carries out. */
  task: planTaskField(),
  /**
   * Dated steps of the campaign, listed in the order they happen: launch, registration
   * deadline, interim review (sơ kết), final review (tổng kết), commendation ceremony. The
   * page shows them as a timeline marked past, current or coming on the day of the build.
   * Rules (src/lib/campaigns/rules.ts): dates never go back down the list, kinds keep their
   * natural order, no step is before the campaign's start, and only the final review and the
   * ceremony may come after its end.
   */
  milestones: field.list({
    /** Which step this is. */
    kind: field.select('milestoneKind'),
    /** Day of the step. */
    date: field.date(),
    /** Own name of the step, e.g. "Hội nghị sơ kết 6 tháng đầu năm"; the kind's name when empty. */
    title: field.string({ required: false, maxLength: 200 }),
    /** A sentence on what happens at this step. */
    note: field.text({ required: false, maxLength: 400 }),
    /** The document of the step (the plan, the decision, the report), by number. */
    document: field.reference('documents', { required: false }),
    /** The announcement of the step (the invitation to the conference, the call to register). */
    announcement: field.reference('announcements', { required: false }),
  }),
  /**
   * Who registered for the campaign (đăng ký thi đua): a residential group from the settings
   * or a named unit, exactly one of the two, with the targets it registered.
   */
  registrations: field.list({
    /** The residential group that registered, from the settings list. */
    residentialGroup: field.settingsSelect('residentialGroups', { required: false }),
    /** Name of a unit that is not a residential group, e.g. "Đoàn Thanh niên phường". */
    unit: field.string({ required: false, maxLength: 200 }),
    /** The targets it registered, one per line. */
    targets: field.stringList({ required: true }),
    /** Day the registration was made. */
    date: field.date({ required: false }),
  }),
  /**
   * Results of the final review: who was commended, with which form, by which decision (a
   * document on the site, or its number and date as text: exactly one of the two), linking
   * the story of the honoree when there is one.
   */
  results: field.list({
    /** Name of the person, collective or household commended, as it may be published. */
    name: field.string({ maxLength: 200 }),
    /** Their story on the site, when there is one. */
    honoree: field.reference('honorees', { required: false }),
    /** Form of commendation. */
    form: field.select('awardForm'),
    /** Title or wording of the award, e.g. "Lao động tiên tiến". */
    title: field.string({ required: false, maxLength: 200 }),
    /** The decision when it is a document on the site, by number. */
    decision: field.reference('documents', { required: false }),
    /** Number of a decision that is not on the site, e.g. "129/QĐ-UBND". */
    decisionNumber: field.string({
      required: false,
      pattern: { source: DOC_NUMBER_PATTERN, message: 'error.docNumber' },
    }),
    /** Date of that decision. */
    decisionDate: field.date({ required: false }),
    /** A short note, e.g. what the achievement was. */
    note: field.text({ required: false, maxLength: 400 }),
  }),
  /** Cover image. */
  cover: field.object(
    {
      /** The image file, stored beside the entry. */
      src: field.image(),
      /** What the image shows. */
      alt: field.string({ maxLength: 250 }),
    },
    { required: false },
  ),
  /** Marks an example entry written for the product rather than by the ward. */
  example: field.boolean(),
  /** Hand-written radio script; when empty, one is derived from the text. */
  radioScript: field.text({ required: false }),
} as const;
