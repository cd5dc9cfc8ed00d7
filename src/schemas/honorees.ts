import { field, planTaskField } from './fields.ts';
import { DOC_NUMBER_PATTERN } from '../lib/legal/doc-number.ts';

/** Stories of exemplary people, collectives and households (gương sáng, người tốt việc tốt). */
export const honoreeFields = {
  /** Headline of the story, shown as its title. */
  title: field.string({ maxLength: 160 }),
  /** Whether the story is about a person, a collective or a household. */
  subjectType: field.select('subjectType'),
  /** The person's, collective's or household's name as it may be published. */
  name: field.string({ maxLength: 120 }),
  /** One or two sentences shown on cards and in share previews. */
  summary: field.text({ maxLength: 400 }),
  /** Residential group (tổ dân phố) the honoree belongs to, from the settings list. */
  residentialGroup: field.settingsSelect('residentialGroups'),
  /** Field of achievement, from the settings list. */
  field: field.settingsSelect('fields'),
  /** Kind of achievement: regular, thematic, ad hoc, lifetime contribution or resistance. */
  achievementKind: field.select('achievementKind'),
  /** Commendations received for this achievement. */
  awards: field.list({
    /** Form of commendation or title. */
    form: field.select('awardForm'),
    /** Wording of the award, e.g. "Giấy khen của Chủ tịch UBND phường". */
    title: field.string({ maxLength: 200 }),
    /** Number of the commendation decision, e.g. "25/QĐ-UBND". */
    decisionNumber: field.string({
      required: false,
      pattern: { source: DOC_NUMBER_PATTERN, message: 'error.docNumber' },
    }),
    /** Date the decision was signed. */
    decisionDate: field.date({ required: false }),
    /** Body that issued the award. */
    issuer: field.string({ maxLength: 160 }),
  }),
  /** Campaigns this achievement belongs to. */
  campaigns: field.reference('campaigns', { multiple: true, required: false }),
  /** The plan task the story's achievement or its commendation carries out. */
  task: planTaskField(),
  /** Photo of the honoree; needs consent for the photo when it shows a person. */
  photo: field.object(
    {
      /** The image file, stored beside the entry. */
      src: field.image(),
      /** What the photo shows, for people who cannot see it. */
      alt: field.string({ maxLength: 250 }),
      /** Who took the photo, or where it comes from. */
      credit: field.string({ required: false, maxLength: 120 }),
    },
    { required: false },
  ),
  /** Consent record: required for stories about a person or a household. */
  consent: field.object(
    {
      /** Full name of whoever gave consent. */
      givenBy: field.string({ maxLength: 120 }),
      /** How the consenting person relates to the honoree. */
      giver: field.select('consentGiver'),
      /** Date consent was given. */
      date: field.date(),
      /** Consent to publish the name. */
      name: field.boolean(),
      /** Consent to publish the photo. */
      photo: field.boolean(),
      /** Consent to publish the story. */
      story: field.boolean(),
      /** The honoree is under 18, so a parent or guardian must consent. */
      minor: field.boolean(),
      /** Age of a minor honoree: from 7 the child must agree too. */
      childAge: field.number({ required: false, min: 0, max: 17, integer: true }),
      /** The child (aged 7 or more) agreed as well. */
      childAgreed: field.boolean(),
      /** Where the signed consent is filed in the ward office. */
      reference: field.string({ required: false, maxLength: 120 }),
      /** Date consent was withdrawn; a withdrawn story is not published. */
      withdrawn: field.date({ required: false }),
    },
    { required: false },
  ),
  /**
   * Personal data the people in the story agreed to publish, which the build would otherwise
   * refuse (a phone number, an ID-card number, a house number, a full birth date): each text
   * exactly as written, and why it may be shown.
   */
  privacyOverride: field.object(
    {
      /** The texts allowed, exactly as they appear in the story, e.g. "0221 3 862 345". */
      allow: field.stringList(),
      /** Why they may be published, and who agreed. */
      reason: field.text({ maxLength: 300 }),
    },
    { required: false },
  ),
  /** Date the story was first published. */
  published: field.date(),
  /** Marks a fictional example story shipped with the product. */
  example: field.boolean(),
  /** Hand-written radio script; when empty, one is derived from the story. */
  radioScript: field.text({ required: false }),
} as const;
