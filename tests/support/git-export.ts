/**
 * A branch of a repository exported as a fresh project folder, as a host's build job checks
 * it out: only what is committed on that branch (git archive), nothing of the working tree,
 * with node_modules linked package by package as copyProject (tests/support/project.ts)
 * does, so runBuild can build it and removeProject can delete it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './project.ts';

/** Caches inside node_modules that each build folder keeps for itself (as copyProject). */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);

/** Exports `branch` of the repository at `repo` into a new folder and returns its path. */
export function exportBranch(repo: string, branch: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'guong-sang-fixture-'));
  const archive = `${dir}.tar`;
  try {
    execFileSync('git', ['archive', '--format=tar', '-o', archive, branch], { cwd: repo, stdio: 'pipe' });
    execFileSync('tar', ['-xf', archive, '-C', dir], { stdio: 'pipe' });
    const modules = join(PROJECT_ROOT, 'node_modules');
    mkdirSync(join(dir, 'node_modules'));
    for (const name of readdirSync(modules)) {
      if (!PRIVATE_CACHES.has(name)) symlinkSync(join(modules, name), join(dir, 'node_modules', name));
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(archive, { force: true });
  }
  return dir;
}
