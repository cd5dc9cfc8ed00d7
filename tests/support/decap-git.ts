/**
 * Decap's editorial workflow as decap-server's git mode keeps it in a repository (read from
 * node_modules/decap-server, its src/middlewares/localGit, and the APIUtils of
 * decap-cms-lib-util it bundles):
 *
 * - a draft is the local branch `cms/<collection>/<slug>`, made off the published branch on
 *   the first save; each save rebases it on that branch and adds one commit with the entry's
 *   file and its pictures;
 * - its status is the branch description, `git config branch.<branch>.description`, set to
 *   `decap-cms/draft` on the first save, then `decap-cms/pending_review` ("Đang xét duyệt")
 *   and `decap-cms/pending_publish` ("Sẵn sàng");
 * - publishing merges the branch into the published branch and deletes it.
 *
 * The tests read branches with git and write a draft by hand in the same form, as a git host
 * or a person with git could, without touching the working tree decap-server uses.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Decap's status names, as stored after the label prefix. */
export const WORKFLOW_STATUS = { draft: 'draft', inReview: 'pending_review', ready: 'pending_publish' } as const;
export type WorkflowStatus = (typeof WORKFLOW_STATUS)[keyof typeof WORKFLOW_STATUS];

/** The branch decap-server keeps a draft on. */
export function draftBranch(collection: string, slug: string): string {
  return `cms/${collection}/${slug}`;
}

/** The branch description that records a status (Decap's default label prefix). */
export function statusLabel(status: WorkflowStatus): string {
  return `decap-cms/${status}`;
}

function git(
  repo: string,
  args: readonly string[],
  options: { input?: Buffer | string; env?: NodeJS.ProcessEnv } = {},
) {
  return execFileSync('git', args, { cwd: repo, stdio: 'pipe', maxBuffer: 256 * 1024 * 1024, ...options });
}

/** Local branch names of the repository. */
export function branches(repo: string): string[] {
  return git(repo, ['branch', '--format=%(refname:short)']).toString('utf8').split('\n').filter(Boolean);
}

/** The bytes of `file` on `branch`, or undefined when the branch (or the file) is not there. */
export function blobOn(repo: string, branch: string, file: string): Buffer | undefined {
  try {
    return git(repo, ['show', `${branch}:${file}`]);
  } catch {
    return undefined;
  }
}

/** The text of `file` on `branch`, or undefined when the branch does not have it. */
export function fileOn(repo: string, branch: string, file: string): string | undefined {
  return blobOn(repo, branch, file)?.toString('utf8');
}

/** The branch description (the draft's status label), or undefined when none is set. */
export function branchDescription(repo: string, branch: string): string | undefined {
  try {
    return git(repo, ['config', `branch.${branch}.description`])
      .toString('utf8')
      .trim();
  } catch {
    return undefined;
  }
}

/** The commit `ref` points at. */
export function headOf(repo: string, ref: string): string {
  return git(repo, ['rev-parse', ref]).toString('utf8').trim();
}

export interface HandMadeDraft {
  collection: string;
  slug: string;
  /** Files of the draft by path in the repository: the entry's file and its pictures. */
  files: Readonly<Record<string, Buffer | string>>;
  status: WorkflowStatus;
  /** The branch the draft starts from (decap-server's: the published branch). */
  base?: string;
  message?: string;
}

/**
 * Writes a draft the way decap-server stores one, with git alone: one commit on top of
 * `base` with the given files, on branch cms/<collection>/<slug>, its status in the branch
 * description. Built with a private index (read-tree, hash-object, update-index, write-tree,
 * commit-tree), so the working tree and the checked-out branch decap-server works in are
 * left as they are. Returns the branch name.
 */
export function writeDraftBranch(repo: string, draft: HandMadeDraft): string {
  const branch = draftBranch(draft.collection, draft.slug);
  const base = draft.base ?? 'main';
  const scratch = mkdtempSync(join(tmpdir(), 'guong-sang-index-'));
  const env = { ...process.env, GIT_INDEX_FILE: join(scratch, 'index') };
  try {
    git(repo, ['read-tree', base], { env });
    for (const [path, content] of Object.entries(draft.files)) {
      const blob = git(repo, ['hash-object', '-w', '--stdin'], { input: content }).toString('utf8').trim();
      git(repo, ['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`], { env });
    }
    const tree = git(repo, ['write-tree'], { env }).toString('utf8').trim();
    const message = draft.message ?? `Create ${draft.collection} “${draft.slug}”`;
    const commit = git(repo, ['commit-tree', tree, '-p', base, '-m', message]).toString('utf8').trim();
    git(repo, ['branch', branch, commit]);
    git(repo, ['config', `branch.${branch}.description`, statusLabel(draft.status)]);
    return branch;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
