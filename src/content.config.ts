/**
 * Astro content collections, all generated from the declarations in src/schemas/.
 * Content lives in the top-level content/ folder, one subfolder per collection.
 */
import { defineCollection } from 'astro:content';
import { COLLECTIONS } from './schemas/index.ts';
import { objectSchema } from './schemas/to-zod.ts';
import { readSettingsIds } from './content-pipeline/check.ts';
import { checkedGlob } from './loaders/checked-glob.ts';
import { settingsLoader } from './loaders/settings-loader.ts';

const settings = readSettingsIds(process.cwd());

function collection<K extends keyof typeof COLLECTIONS>(name: K) {
  const def = COLLECTIONS[name];
  return defineCollection({
    loader: checkedGlob(def, settings),
    schema: ({ image }) => objectSchema(def.fields, { settings, image }),
  });
}

export const collections = {
  honorees: collection('honorees'),
  campaigns: collection('campaigns'),
  documents: collection('documents'),
  bulletins: collection('bulletins'),
  announcements: collection('announcements'),
  settings: defineCollection({ loader: settingsLoader() }),
};
