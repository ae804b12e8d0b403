// Serves the core pictograms (pictograms/*.svg + pictograms/manifest.json at the repo root) at
// /pictograms/<file> in the dev server and emits them into the build output under the same path,
// so the service worker precaches them with the app shell and every meeting has its pictures
// offline. The files are deliberately not copied into public/: pictograms/ is their only home.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export interface PictogramsPluginOptions {
  /** Folder with the pictogram files, relative to the Vite root. Default: "pictograms". */
  dir?: string;
  /** URL path they are served under (no trailing slash). Default: "/pictograms". */
  urlPath?: string;
}

const contentTypes: Record<string, string> = {
  '.svg': 'image/svg+xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Files we serve and ship: the flat *.svg files and manifest.json. Other files in the folder
 * (README, tools/, build-time inputs) stay out of the app.
 */
export function listPictogramFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return []; // No pictograms yet: nothing to serve or emit.
  }
  return names
    .filter((name) => !name.startsWith('.'))
    .filter((name) => name === 'manifest.json' || path.extname(name).toLowerCase() === '.svg')
    .filter((name) => statSync(path.join(dir, name)).isFile())
    .sort();
}

export function pictogramsPlugin(options: PictogramsPluginOptions = {}): Plugin {
  const urlPath = (options.urlPath ?? '/pictograms').replace(/\/+$/, '');
  let dir = '';

  return {
    name: 'raadet:pictograms',

    configResolved(config) {
      dir = path.resolve(config.root, options.dir ?? 'pictograms');
    },

    configureServer(server) {
      server.watcher.add(dir);
      server.middlewares.use((req, res, next) => {
        // Module imports of the folder (e.g. manifest.json?import from the app's code) are
        // Vite's own business: only plain file requests are served from here.
        if (req.url && /[?&](import|raw|url)\b/.test(req.url)) return next();
        const url = req.url ? req.url.split(/[?#]/)[0] : undefined;
        const base = server.config.base.replace(/\/+$/, '');
        const prefix = `${base}${urlPath}/`;
        if (!url || !url.startsWith(prefix) || (req.method !== 'GET' && req.method !== 'HEAD')) {
          return next();
        }
        let name: string;
        try {
          name = decodeURIComponent(url.slice(prefix.length));
        } catch {
          return next();
        }
        // Only plain file names inside the folder: no sub-paths, no "..".
        if (name !== path.basename(name) || !listPictogramFiles(dir).includes(name)) {
          res.statusCode = 404;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end('Pictogram not found');
          return;
        }
        const body = readFileSync(path.join(dir, name));
        res.statusCode = 200;
        res.setHeader('Content-Type', contentTypes[path.extname(name).toLowerCase()] ?? 'application/octet-stream');
        res.setHeader('Content-Length', String(body.byteLength));
        res.setHeader('Cache-Control', 'no-cache');
        res.end(req.method === 'HEAD' ? undefined : body);
      });
    },

    buildStart() {
      for (const name of listPictogramFiles(dir)) this.addWatchFile(path.join(dir, name));
    },

    generateBundle() {
      const outDir = urlPath.replace(/^\/+/, '');
      for (const name of listPictogramFiles(dir)) {
        this.emitFile({
          type: 'asset',
          fileName: `${outDir}/${name}`,
          source: readFileSync(path.join(dir, name)),
        });
      }
    },
  };
}
