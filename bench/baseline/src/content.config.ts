/** The same collections as the real site, read with Astro's glob loader and a permissive schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const contentDir = process.env.BENCH_CONTENT_DIR;
if (!contentDir) throw new Error('BENCH_CONTENT_DIR must name the content/ folder to build');

const collection = (name: string) =>
  defineCollection({
    loader: glob({ pattern: '**/[^_]*.md', base: `${contentDir}/${name}` }),
    schema: z.looseObject({ title: z.string() }),
  });

export const collections = {
  honorees: collection('honorees'),
  campaigns: collection('campaigns'),
  documents: collection('documents'),
};
