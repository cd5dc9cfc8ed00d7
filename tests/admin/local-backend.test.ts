import { describe, expect, test } from 'vitest';
import { decapPortFromEnv, localBackendUrl, parsePort } from '../../admin/local-backend.ts';

describe('localBackendUrl', () => {
  test("is Decap's default address unless a port is given", () => {
    expect(localBackendUrl({ hostname: 'localhost', search: '' })).toBe('http://localhost:8081/api/v1');
    expect(localBackendUrl({ hostname: 'localhost', search: '' }, 8123)).toBe('http://localhost:8123/api/v1');
  });
  test('takes the port named in the page address over the rendered one', () => {
    expect(localBackendUrl({ hostname: 'localhost', search: '?decap-port=9001' }, 8123)).toBe(
      'http://localhost:9001/api/v1',
    );
  });
  test('ignores a page address that names no usable port', () => {
    for (const search of ['?decap-port=abc', '?decap-port=70000', '?decap-port=', '?decap-port=80%2F..']) {
      expect(localBackendUrl({ hostname: 'localhost', search })).toBe('http://localhost:8081/api/v1');
    }
  });
  test('keeps the loopback name the page was opened with', () => {
    expect(localBackendUrl({ hostname: '127.0.0.1', search: '' })).toBe('http://127.0.0.1:8081/api/v1');
    expect(localBackendUrl({ hostname: 'phuong.example.vn', search: '' })).toBe('http://localhost:8081/api/v1');
  });
});

describe('decapPortFromEnv', () => {
  test('reads DECAP_SERVER_PORT, or nothing when unset', () => {
    expect(decapPortFromEnv({ DECAP_SERVER_PORT: '8082' })).toBe(8082);
    expect(decapPortFromEnv({})).toBeUndefined();
    expect(decapPortFromEnv({ DECAP_SERVER_PORT: ' ' })).toBeUndefined();
  });
  test('refuses a value that is not a port, naming it', () => {
    expect(() => decapPortFromEnv({ DECAP_SERVER_PORT: 'tám' })).toThrow('DECAP_SERVER_PORT="tám"');
  });
});

test('parsePort accepts 1 to 65535 only', () => {
  expect(parsePort('1')).toBe(1);
  expect(parsePort('65535')).toBe(65535);
  expect(parsePort('0')).toBeUndefined();
  expect(parsePort('65536')).toBeUndefined();
  expect(parsePort(null)).toBeUndefined();
});
