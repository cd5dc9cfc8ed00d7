import { field } from './fields.ts';

/** Radio bulletins (bản tin phát thanh) for the ward's loudspeakers. */
export const bulletinFields = {
  /** Title of the bulletin. */
  title: field.string({ maxLength: 200 }),
  /** Day the bulletin goes on air. */
  airDate: field.date(),
  /** Broadcast slot. */
  slot: field.select('slot'),
  /** Priority on IP loudspeaker systems. */
  priority: field.select('priority'),
  /** Items read in order: an entry from the site, or a free-text announcement. */
  items: field.list(
    {
      /** A story, a campaign, a document, an announcement entry, or a free-text announcement. */
      kind: field.select('bulletinItemKind'),
      /** The story read, when the item is a story. */
      honoree: field.reference('honorees', { required: false }),
      /** The campaign read, when the item is a campaign. */
      campaign: field.reference('campaigns', { required: false }),
      /** The document read, when the item is a document (by number). */
      document: field.reference('documents', { required: false }),
      /** The announcement or event read, when the item is an announcement entry. */
      announcement: field.reference('announcements', { required: false }),
      /** Title of a free-text announcement. */
      heading: field.string({ required: false, maxLength: 200 }),
      /** Text of a free-text announcement. */
      text: field.text({ required: false }),
    },
    { required: true },
  ),
  /** Notes for the announcer. */
  notes: field.text({ required: false }),
  /**
   * Marks an example bulletin shipped with the product rather than written by the ward: it
   * is shown with the example notice, and `npm run new-ward -- --remove-examples` removes it.
   */
  example: field.boolean(),
} as const;
