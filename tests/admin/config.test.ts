import { describe, expect, test } from 'vitest';
import { backendFromEnv, cmsConfig } from '../../admin/config.ts';

describe('production backend from the environment', () => {
  test('defaults to git-gateway on main', () => {
    expect(backendFromEnv({})).toEqual({ name: 'git-gateway', branch: 'main' });
  });
  test('takes a GitHub repository and branch, with an optional OAuth proxy', () => {
    expect(
      backendFromEnv({
        CMS_BACKEND: 'github',
        CMS_REPO: 'phuong-pck/guong-sang',
        CMS_BRANCH: 'xuat-ban',
        CMS_BASE_URL: 'https://auth.example.vn',
      }),
    ).toEqual({
      name: 'github',
      repo: 'phuong-pck/guong-sang',
      branch: 'xuat-ban',
      base_url: 'https://auth.example.vn',
    });
  });
  test('refuses a repository backend without a repository', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'github' })).toThrow('CMS_REPO');
  });
  test('refuses an unknown backend', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'ftp' })).toThrow('not supported');
  });
});

test('the CMS config carries the backend and the site address', () => {
  const config = cmsConfig({ backend: { name: 'git-gateway', branch: 'main' }, siteUrl: 'https://x.vn' });
  expect(config).toMatchObject({ backend: { name: 'git-gateway' }, site_url: 'https://x.vn', locale: 'vi' });
});

describe('login from the browser (PKCE) for GitLab, Gitea and Forgejo', () => {
  test('Gitea needs its address and the client ID of its OAuth2 application, and gets its API address', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'gitea', CMS_REPO: 'phuong/guong-sang' })).toThrow('CMS_BASE_URL');
    expect(() =>
      backendFromEnv({ CMS_BACKEND: 'gitea', CMS_REPO: 'phuong/guong-sang', CMS_BASE_URL: 'https://git.example.vn' }),
    ).toThrow('CMS_APP_ID');
    expect(
      backendFromEnv({
        CMS_BACKEND: 'gitea',
        CMS_REPO: 'phuong/guong-sang',
        CMS_BASE_URL: 'https://git.example.vn/',
        CMS_APP_ID: 'a1b2c3',
      }),
    ).toEqual({
      name: 'gitea',
      repo: 'phuong/guong-sang',
      branch: 'main',
      base_url: 'https://git.example.vn',
      api_root: 'https://git.example.vn/api/v1',
      auth_type: 'pkce',
      app_id: 'a1b2c3',
    });
  });
  test('GitLab logs in with PKCE when given a client ID, and through an OAuth helper otherwise', () => {
    expect(backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'phuong/guong-sang', CMS_APP_ID: 'x9' })).toMatchObject({
      auth_type: 'pkce',
      app_id: 'x9',
    });
    expect(backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'phuong/guong-sang' })).not.toHaveProperty('auth_type');
  });
});

describe('cmsConfig', () => {
  const forgejo = backendFromEnv({
    CMS_BACKEND: 'forgejo',
    CMS_REPO: 'phuong/guong-sang',
    CMS_BASE_URL: 'https://codeberg.org',
    CMS_APP_ID: 'id',
  });
  test('reviews before publishing (draft, in review, ready) wherever Decap offers it', () => {
    for (const backend of [
      { name: 'git-gateway' as const, branch: 'main' },
      backendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'a/b' }),
      backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b' }),
      forgejo,
    ]) {
      expect(cmsConfig({ backend }).publish_mode, backend.name).toBe('editorial_workflow');
    }
  });
  test('leaves the workflow out for Gitea, whose Decap backend refuses it (review then goes through a pull request)', () => {
    const gitea = backendFromEnv({
      CMS_BACKEND: 'gitea',
      CMS_REPO: 'a/b',
      CMS_BASE_URL: 'https://g.vn',
      CMS_APP_ID: 'i',
    });
    expect('publish_mode' in cmsConfig({ backend: gitea })).toBe(false);
  });
  test("points the local backend at decap-server's address when it is not the default", () => {
    expect(cmsConfig({ backend: { name: 'git-gateway', branch: 'main' } }).local_backend).toBe(true);
    expect(
      cmsConfig({ backend: { name: 'git-gateway', branch: 'main' } }, 'http://localhost:8123/api/v1').local_backend,
    ).toEqual({ url: 'http://localhost:8123/api/v1' });
  });
  test('carries no secret: only names, addresses, the branch and public client IDs', () => {
    const backend = backendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'a/b', GITHUB_TOKEN: 'ghp_secret' });
    expect(JSON.stringify(cmsConfig({ backend }))).not.toContain('ghp_secret');
  });
});
