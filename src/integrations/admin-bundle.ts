/**
 * Keeps the CMS bundle apart from the public site. The /admin/ page's script pulls in
 * Decap (several megabytes of JavaScript, code-editor modes and image codecs); every
 * file reachable only from that page is written under dist/admin/cms/ instead of
 * dist/_astro/, so no public page can load it and a server can treat /admin/ on its own.
 * Also quiets warnings about third-party code inside that bundle (direct eval in
 * Node-only branches, "use client" directives) and raises the chunk size warning limit
 * for it: they are expected and say nothing about this project.
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Folder, relative to dist/, that receives the CMS files. */
export const ADMIN_ASSETS_DIR = 'admin/cms';

const ADMIN_ENTRY = /\/src\/pages\/admin\/index\.astro\?/;
const QUIET_CODES = new Set(['EVAL', 'MODULE_LEVEL_DIRECTIVE']);

interface GraphInfo {
  isEntry: boolean;
  importedIds: readonly string[];
  dynamicallyImportedIds: readonly string[];
}

/** The node_modules package folder a path belongs to, if any. */
export function packageOf(path: string): string | undefined {
  const match = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(path.replace(/\\/g, '/'));
  return match?.[1];
}

/** Modules reachable from the admin entries and from no other entry. */
export function adminOnly(
  ids: readonly string[],
  info: (id: string) => GraphInfo | null | undefined,
  isAdminEntry: (id: string) => boolean,
): Set<string> {
  const reach = (starts: string[]) => {
    const seen = new Set<string>(starts);
    const queue = [...starts];
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      const m = info(id);
      for (const next of [...(m?.importedIds ?? []), ...(m?.dynamicallyImportedIds ?? [])]) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return seen;
  };
  const entries = ids.filter((id) => info(id)?.isEntry);
  const admin = reach(entries.filter(isAdminEntry));
  const others = reach(entries.filter((id) => !isAdminEntry(id)));
  return new Set([...admin].filter((id) => !others.has(id)));
}

type NameFn<I> = (info: I) => string;

function moveToAdmin(name: string): string {
  return `${ADMIN_ASSETS_DIR}/${name.split('/').pop() ?? name}`;
}

const isAdminEntryChunk = (chunk: { facadeModuleId: string | null }) =>
  chunk.facadeModuleId !== null && ADMIN_ENTRY.test(chunk.facadeModuleId);

function adminBundlePlugin(): Plugin {
  let only = new Set<string>();
  let root = process.cwd();
  const isAdminChunk = (chunk: { facadeModuleId: string | null; moduleIds: readonly string[] }) =>
    isAdminEntryChunk(chunk) || (chunk.moduleIds.length > 0 && chunk.moduleIds.every((id) => only.has(id)));

  return {
    name: 'guong-sang:admin-bundle',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    configEnvironment: (name) => (name === 'client' ? { build: { chunkSizeWarningLimit: 8000 } } : undefined),
    configResolved(config) {
      root = config.root;
    },
    buildEnd() {
      const ids = [...this.getModuleIds()];
      only = adminOnly(
        ids,
        (id) => this.getModuleInfo(id),
        (id) => ADMIN_ENTRY.test(id),
      );
    },
    outputOptions(options) {
      // Wrap Astro's naming: admin files keep their names but move to ADMIN_ASSETS_DIR.
      const chunkName = <I extends { facadeModuleId: string | null; moduleIds: string[] }>(
        original: string | NameFn<I> | undefined,
      ): NameFn<I> => {
        return (chunk) => {
          if (isAdminEntryChunk(chunk)) return `${ADMIN_ASSETS_DIR}/cms.[hash].js`;
          const name = typeof original === 'function' ? original(chunk) : (original ?? '[name].[hash].js');
          return isAdminChunk(chunk) ? moveToAdmin(name) : name;
        };
      };
      return {
        ...options,
        entryFileNames: chunkName(options.entryFileNames),
        chunkFileNames: chunkName(options.chunkFileNames),
      };
    },
    generateBundle(_options, bundle) {
      // Assets (the image codecs' .wasm files) are named while the module graph is still
      // being built, so they are moved here instead: files from packages only the CMS
      // uses, which no public output mentions, are re-emitted under ADMIN_ASSETS_DIR and
      // the CMS chunks pointed at them.
      const outputs = Object.values(bundle);
      const inAdmin = (fileName: string) => fileName.startsWith(`${ADMIN_ASSETS_DIR}/`);
      const text = (o: (typeof outputs)[number]) =>
        o.type === 'chunk' ? o.code : typeof o.source === 'string' ? o.source : '';
      const adminChunks = outputs.flatMap((o) => (o.type === 'chunk' && inAdmin(o.fileName) ? [o] : []));
      const publicOutputs = outputs.filter((o) => !inAdmin(o.fileName));
      const adminPackages = new Set([...only].flatMap((id) => packageOf(id) ?? []));
      for (const asset of outputs) {
        if (asset.type !== 'asset' || inAdmin(asset.fileName)) continue;
        const packages = asset.originalFileNames.map((file) => packageOf(resolve(root, file)));
        if (packages.length === 0 || !packages.every((p) => p !== undefined && adminPackages.has(p))) continue;
        const old = asset.fileName;
        if (publicOutputs.some((o) => o !== asset && text(o).includes(old))) continue;
        const moved = moveToAdmin(old);
        for (const chunk of adminChunks) chunk.code = chunk.code.replaceAll(old, moved);
        delete bundle[old];
        this.emitFile({ type: 'asset', fileName: moved, source: asset.source });
      }
    },
    onLog(_level, log) {
      if (log.code && QUIET_CODES.has(log.code) && log.id?.includes('/node_modules/')) return false;
      return undefined;
    },
  };
}

export default function adminBundle(): AstroIntegration {
  return {
    name: 'guong-sang:admin-bundle',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [adminBundlePlugin()] } });
      },
    },
  };
}
