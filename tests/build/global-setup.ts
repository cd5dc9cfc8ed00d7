/**
 * Global setup of the `build` project: provides the shared production build of the real
 * site (tests/support/site.ts). Skipped when every selected file only builds fixture copies
 * (bad-content*.test.ts, new-ward.test.ts, build-cache.test.ts), so running those alone costs no full build.
 */
import type { TestProject } from 'vitest/node';
import { ensureSiteBuilt } from '../support/site.ts';

const FIXTURE_ONLY = /[\\/](bad-content[^\\/]*|new-ward|build-cache)\.test\.ts$/;

async function selectedFiles(project: TestProject): Promise<string[] | undefined> {
  try {
    // filenamePattern holds the CLI file filters; it is not part of Vitest's typed API.
    const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern ?? [];
    return (await project.globTestFiles(filters)).testFiles;
  } catch {
    return undefined;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const files = await selectedFiles(project);
  if (files && files.length > 0 && files.every((f) => FIXTURE_ONLY.test(f))) return;
  project.provide('site', await ensureSiteBuilt());
}
