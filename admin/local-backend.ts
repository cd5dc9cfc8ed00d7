/**
 * Where the CMS on this computer finds decap-server, the local backend that reads and writes
 * content/ (`npm start`, `npm run cms`). Decap uses it only when /admin/ is opened on
 * localhost or 127.0.0.1; on the public site the production backend is used.
 *
 * The port is 8081 unless DECAP_SERVER_PORT says otherwise (read by the scripts that start
 * decap-server and by the /admin/ page when it is rendered), and the address of the page can
 * name another one: /admin/?decap-port=8123, for when 8081 is taken by something else.
 */

export const DEFAULT_DECAP_PORT = 8081;

/** Query parameter of /admin/ that names the decap-server port. */
export const DECAP_PORT_PARAM = 'decap-port';

/** A TCP port number from text, or undefined when the text is not one. */
export function parsePort(text: string | null | undefined): number | undefined {
  if (!text || !/^\d{1,5}$/.test(text.trim())) return undefined;
  const port = Number(text.trim());
  return port >= 1 && port <= 65535 ? port : undefined;
}

/** The decap-server port set in the environment, if any. */
export function decapPortFromEnv(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const raw = env['DECAP_SERVER_PORT'];
  if (raw === undefined || raw.trim() === '') return undefined;
  const port = parsePort(raw);
  if (port === undefined) throw new Error(`DECAP_SERVER_PORT="${raw}" is not a port number`);
  return port;
}

/**
 * decap-server's API address for a page at `page` (window.location): the port from the
 * page address if it names one, else `port`, else 8081; the host is the page's own loopback
 * name, so the browser treats both alike.
 */
export function localBackendUrl(page: { hostname: string; search: string }, port?: number): string {
  const asked = parsePort(new URLSearchParams(page.search).get(DECAP_PORT_PARAM));
  const host = page.hostname === '127.0.0.1' ? '127.0.0.1' : 'localhost';
  return `http://${host}:${asked ?? port ?? DEFAULT_DECAP_PORT}/api/v1`;
}
