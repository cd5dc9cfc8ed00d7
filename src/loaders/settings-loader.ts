/**
 * Loads the settings files (content/settings/*.yaml) as one collection whose entry ids are
 * the keys of SETTINGS_FILES (site, contacts, residentialGroups, fields, radio).
 */
import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import { SETTINGS_FILES, SETTINGS_KEYS } from '../schemas/index.ts';
import { objectSchema } from '../schemas/to-zod.ts';
import { readSettingsFile } from '../content-pipeline/read.ts';
import { readSettingsIds } from '../content-pipeline/check.ts';
import { ContentError, zodIssues } from '../content-pipeline/issues.ts';

export function settingsLoader(): Loader {
  return {
    name: 'settings-loader',
    load: async ({ store }) => {
      const root = process.cwd();
      const settings = readSettingsIds(root);
      store.clear();
      for (const key of SETTINGS_KEYS) {
        const def = SETTINGS_FILES[key];
        const { file, data, issue } = readSettingsFile(root, def.name);
        if (issue || !data) throw new ContentError(issue ? [issue] : []);
        const parsed = objectSchema(def.fields, { settings, image: () => z.string() }).safeParse(data);
        if (!parsed.success) throw new ContentError(zodIssues(file, parsed.error, data, def.fields));
        store.set({ id: key, data: parsed.data as Record<string, unknown> });
      }
    },
  };
}
