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
