/**
 * The CMS configuration for this site: the generated collections (src/schemas/to-decap.ts)
 * plus where to save in production. The backend comes from the build environment, so a
 * forked ward sets its own repository without editing code, and no secret is ever needed
 * here (client secrets, if any, live in the OAuth helper's own environment):
 *
 *   CMS_BACKEND        git-gateway (default), github, gitlab, gitea, forgejo or bitbucket
 *   CMS_REPO           owner/name of the repository (required unless git-gateway)
 *   CMS_BRANCH         branch the site is built from (default main)
 *   CMS_BASE_URL       OAuth helper address (GitHub, Bitbucket), or the server's own address
 *                      (self-hosted GitLab; Gitea and Forgejo, where it is required)
 *   CMS_API_ROOT       API address of a self-hosted GitLab, Gitea or Forgejo
 *                      (default for Gitea and Forgejo: CMS_BASE_URL + /api/v1)
 *   CMS_APP_ID         OAuth application (client) ID for logging in from the browser with
 *                      PKCE: required for Gitea and Forgejo, optional for GitLab. Public.
 *   CMS_AUTH_ENDPOINT  path on CMS_BASE_URL, when it is not the default "auth"
 *
 * On localhost the CMS ignores this and edits content/ through decap-server (see
 * admin/local-backend.ts for its address).
 */
import { toDecapConfig, type DecapBackend, type DecapConfig } from '../src/schemas/to-decap.ts';
import type { DeclaredTaskIds } from '../src/lib/plan/tasks.ts';

/** What the /admin/ page passes to the browser: everything here is public. */
export interface CmsOptions {
  backend: DecapBackend;
  siteUrl?: string | undefined;
  /** decap-server's port when DECAP_SERVER_PORT was set as the page was rendered. */
  localBackendPort?: number | undefined;
  /** Task ids each document declares, as built: the save check refuses unknown and repeated ids. */
  planTasks?: DeclaredTaskIds[] | undefined;
}

const REPO_BACKENDS = ['github', 'gitlab', 'gitea', 'forgejo', 'bitbucket'] as const;
type RepoBackend = (typeof REPO_BACKENDS)[number];
/** Backends whose login runs in the browser (PKCE) and needs the server's address and a client ID. */
const PKCE_ONLY: readonly RepoBackend[] = ['gitea', 'forgejo'];

/** Reads the production backend from environment variables; throws on an unusable setting. */
export function backendFromEnv(env: Readonly<Record<string, string | undefined>>): DecapBackend {
  const read = (name: string) => env[name]?.trim() || undefined;
  const name = read('CMS_BACKEND') ?? 'git-gateway';
  const branch = read('CMS_BRANCH') ?? 'main';
  if (name === 'git-gateway') return { name, branch };
  if (!(REPO_BACKENDS as readonly string[]).includes(name)) {
    throw new Error(`CMS_BACKEND="${name}" is not supported: use git-gateway, ${REPO_BACKENDS.join(', ')}`);
  }
  const backend = name as RepoBackend;
  const repo = read('CMS_REPO');
  if (!repo || !/^[\w.-]+\/[\w./-]+$/.test(repo)) {
    throw new Error(`CMS_BACKEND=${backend} needs CMS_REPO=owner/name (got "${repo ?? ''}")`);
  }
  const baseUrl = read('CMS_BASE_URL')?.replace(/\/+$/, '');
  const appId = read('CMS_APP_ID');
  const authEndpoint = read('CMS_AUTH_ENDPOINT');
  let apiRoot = read('CMS_API_ROOT');
  if (PKCE_ONLY.includes(backend)) {
    if (!baseUrl) throw new Error(`CMS_BACKEND=${backend} needs CMS_BASE_URL=https://<your ${backend} server>`);
    if (!appId) throw new Error(`CMS_BACKEND=${backend} needs CMS_APP_ID=<client ID of its OAuth2 application>`);
    apiRoot ??= `${baseUrl}/api/v1`;
  }
  const pkce = appId !== undefined && (backend === 'gitlab' || PKCE_ONLY.includes(backend));
  return {
    name: backend,
    repo,
    branch,
    ...(baseUrl ? { base_url: baseUrl } : {}),
    ...(authEndpoint ? { auth_endpoint: authEndpoint } : {}),
    ...(apiRoot ? { api_root: apiRoot } : {}),
    ...(pkce ? { auth_type: 'pkce' as const, app_id: appId } : {}),
  };
}

/** The configuration Decap is started with; `localBackendUrl` is decap-server's address. */
export function cmsConfig(options: CmsOptions, localBackendUrl?: string): DecapConfig {
  return toDecapConfig({ backend: options.backend, siteUrl: options.siteUrl, localBackendUrl });
}
