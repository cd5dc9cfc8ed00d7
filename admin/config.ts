/**
 * The CMS configuration for this site: the generated collections (src/schemas/to-decap.ts)
 * plus where to save in production. The backend comes from the build environment, so a
 * forked ward sets its own repository without editing code and no secret is committed:
 *
 *   CMS_BACKEND        git-gateway (default), github, gitlab, gitea or bitbucket
 *   CMS_REPO           owner/name of the repository (required unless git-gateway)
 *   CMS_BRANCH         branch the site is built from (default main)
 *   CMS_BASE_URL       OAuth proxy address, for self-hosted GitHub/Gitea login
 *   CMS_AUTH_ENDPOINT  path on CMS_BASE_URL, when it is not the default "auth"
 *
 * On localhost the CMS ignores this and edits content/ through decap-server (see
 * admin/local-backend.ts for its address).
 */
import { toDecapConfig, type DecapBackend, type DecapConfig } from '../src/schemas/to-decap.ts';

/** What the /admin/ page passes to the browser: everything here is public. */
export interface CmsOptions {
  backend: DecapBackend;
  siteUrl?: string | undefined;
  /** decap-server's port when DECAP_SERVER_PORT was set as the page was rendered. */
  localBackendPort?: number | undefined;
}

const REPO_BACKENDS = ['github', 'gitlab', 'gitea', 'bitbucket'] as const;
type RepoBackend = (typeof REPO_BACKENDS)[number];

/** Reads the production backend from environment variables; throws on an unusable setting. */
export function backendFromEnv(env: Readonly<Record<string, string | undefined>>): DecapBackend {
  const name = env['CMS_BACKEND']?.trim() || 'git-gateway';
  const branch = env['CMS_BRANCH']?.trim() || 'main';
  if (name === 'git-gateway') return { name, branch };
  if (!(REPO_BACKENDS as readonly string[]).includes(name)) {
    throw new Error(`CMS_BACKEND="${name}" is not supported: use git-gateway, ${REPO_BACKENDS.join(', ')}`);
  }
  const repo = env['CMS_REPO']?.trim();
  if (!repo || !/^[\w.-]+\/[\w./-]+$/.test(repo)) {
    throw new Error(`CMS_BACKEND=${name} needs CMS_REPO=owner/name (got "${repo ?? ''}")`);
  }
  const baseUrl = env['CMS_BASE_URL']?.trim();
  const authEndpoint = env['CMS_AUTH_ENDPOINT']?.trim();
  return {
    name: name as RepoBackend,
    repo,
    branch,
    ...(baseUrl ? { base_url: baseUrl } : {}),
    ...(authEndpoint ? { auth_endpoint: authEndpoint } : {}),
  };
}

/** The configuration Decap is started with; `localBackendUrl` is decap-server's address. */
export function cmsConfig(options: CmsOptions, localBackendUrl?: string): DecapConfig {
  return toDecapConfig({ backend: options.backend, siteUrl: options.siteUrl, localBackendUrl });
}
