// Serves the symbol catalogue (core pictograms' labels + OpenMoji with Danish names) at
//   /catalogue/index.json      labels and tags of every symbol (small; may be precached)
//   /catalogue/svg/<hex>.svg   one minified OpenMoji drawing per symbol (thousands; NOT precached:
//                              a symbol picked for an agenda is stored with the data in IndexedDB)
// In dev the files are computed on first request and cached; on build they are emitted into
// dist/catalogue/. Nothing of the catalogue goes into the JS bundle. See scripts/build-catalogue.ts.
import path from 'node:path';
import type { Plugin } from 'vite';
import {
  buildCatalogueIndex,
  catalogueIndexJson,
  catalogueSourceFiles,
  catalogueSvgFiles,
  readCatalogueSvg,
} from '../scripts/build-catalogue.js';

export interface CataloguePluginOptions {
  /** URL path the catalogue is served under (no trailing slash). Default: "/catalogue". */
  urlPath?: string;
}

export function cataloguePlugin(options: CataloguePluginOptions = {}): Plugin {
  const urlPath = (options.urlPath ?? '/catalogue').replace(/\/+$/, '');
  let root = '';
  // Dev caches, dropped when a source file (manifest, Danish extras) changes.
  let indexJson: string | undefined;
  let svgFiles: Map<string, string> | undefined;
  const svgCache = new Map<string, string>();

  const getIndexJson = () => (indexJson ??= catalogueIndexJson(buildCatalogueIndex(root)));
  const getSvgFiles = () => (svgFiles ??= catalogueSvgFiles(root));

  return {
    name: 'raadet:catalogue',

    configResolved(config) {
      root = config.root;
    },

    configureServer(server) {
      const sources = new Set(catalogueSourceFiles(root).map((file) => path.resolve(file)));
      server.watcher.add([...sources]);
      server.watcher.on('change', (file) => {
        if (sources.has(path.resolve(file))) {
          indexJson = undefined;
          svgFiles = undefined;
          svgCache.clear();
        }
      });

      server.middlewares.use((req, res, next) => {
        const url = req.url ? req.url.split(/[?#]/)[0] : undefined;
        const base = server.config.base.replace(/\/+$/, '');
        const prefix = `${base}${urlPath}/`;
        if (!url || !url.startsWith(prefix) || (req.method !== 'GET' && req.method !== 'HEAD')) {
          return next();
        }
        const rest = url.slice(prefix.length);
        let body: string | undefined;
        let type = 'application/json; charset=utf-8';
        try {
          if (rest === 'index.json') {
            body = getIndexJson();
          } else {
            const match = /^svg\/([0-9a-f]+(?:-[0-9a-f]+)*)\.svg$/.exec(rest);
            if (match?.[1]) {
              const hex = match[1];
              body = svgCache.get(hex) ?? readCatalogueSvg(getSvgFiles(), hex);
              if (body !== undefined) svgCache.set(hex, body);
              type = 'image/svg+xml; charset=utf-8';
            }
          }
        } catch (error) {
          return next(error);
        }
        if (body === undefined) {
          res.statusCode = 404;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end('Not in the catalogue');
          return;
        }
        res.statusCode = 200;
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Length', String(Buffer.byteLength(body)));
        res.setHeader('Cache-Control', 'no-cache');
        res.end(req.method === 'HEAD' ? undefined : body);
      });
    },

    buildStart() {
      for (const file of catalogueSourceFiles(root)) this.addWatchFile(file);
    },

    generateBundle() {
      const outDir = urlPath.replace(/^\/+/, '');
      this.emitFile({
        type: 'asset',
        fileName: `${outDir}/index.json`,
        source: catalogueIndexJson(buildCatalogueIndex(root)),
      });
      const files = catalogueSvgFiles(root);
      for (const hex of files.keys()) {
        const svg = readCatalogueSvg(files, hex);
        if (svg !== undefined) this.emitFile({ type: 'asset', fileName: `${outDir}/svg/${hex}.svg`, source: svg });
      }
    },
  };
}
