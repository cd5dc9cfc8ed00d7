import { field, planTaskField } from './fields.ts';

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
