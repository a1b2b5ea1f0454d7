import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build, createLogger, defaultClientConditions, type Plugin, type Rolldown } from 'vite';
import { META_CONTENT_SECURITY_POLICY, singleFileContentSecurityPolicy } from '../content-security-policy.ts';
import { recordTypeOptions, saveForOfflineParagraph } from './page-html.ts';

const PAGE_DIR = fileURLToPath(new URL('../page/', import.meta.url));

export type PageBuild = {
  outDir: string;
  /** One HTML file with the script, the style and the worker inline, for opening from disk. */
  singleFile: boolean;
  /** The name of the single-file build, linked from the static folder's page. */
  singleFileName: string;
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

const cspMeta = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy}">`;

/**
 * Shapes the built HTML so the page works from any static host and from disk: the record types
 * written in; the script loaded as a classic deferred script (a module script from a file:
 * address is refused by the browser's CORS check); or, for the single file, the script and
 * style inline, allowed by their hashes in the page's own Content-Security-Policy.
 */
function pageHtml(options: PageBuild): Plugin {
  return {
    name: 'safeguarding-validator-page',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html
          .replace('<!--record-type-options-->', () => recordTypeOptions())
          .replace('<!--save-for-offline-->', () =>
            options.singleFile ? '' : saveForOfflineParagraph(options.singleFileName),
          ),
    },
    generateBundle: {
      // After Vite has written the HTML.
      order: 'post',
      handler(_, bundle) {
        const page = bundle['index.html'] as Rolldown.OutputAsset | undefined;
        if (!page) throw new Error('the build made no index.html');
        let html = String(page.source);
        const script = /<script type="module" crossorigin src="\.\/([^"]+)"><\/script>\n?/.exec(html);
        const style = /<link rel="stylesheet" crossorigin href="\.\/([^"]+)">\n?/.exec(html);
        if (!script || !style)
          throw new Error('the built page does not load its script and style as expected');
        const code = bundle[script[1] as string] as Rolldown.OutputChunk;
        const css = bundle[style[1] as string] as Rolldown.OutputAsset;
        if (/^\s*(import|export)\b/m.test(code.code))
          throw new Error('the page script imports or exports: it must be one self-contained file');
        html = html.replace(style[0], '').replace(script[0], '');
        let head: string;
        if (options.singleFile) {
          // Inline, "</script" could end the element early: written "<\/script" it means the same to JavaScript.
          const inlineCode = code.code.replaceAll('</script', '<\\/script');
          const inlineCss = String(css.source);
          const policy = singleFileContentSecurityPolicy({
            script: sha256(inlineCode),
            style: sha256(inlineCss),
          });
          head = `${cspMeta(policy)}\n<style>${inlineCss}</style>\n<script type="module">${inlineCode}</script>\n`;
          delete bundle[script[1] as string];
          delete bundle[style[1] as string];
        } else {
          head = `${cspMeta(META_CONTENT_SECURITY_POLICY)}\n<link rel="stylesheet" href="./${style[1]}">\n<script defer src="./${script[1]}"></script>\n`;
        }
        // A function, so `$&` and the like in the code are not read as replacement patterns.
        page.source = html.replace('</head>', () => `${head}</head>`);
      },
    },
  };
}

/** Builds the page with Vite: the static folder, or the single file. */
export async function buildPage(options: PageBuild): Promise<void> {
  const logger = createLogger('warn', { allowClearScreen: false });
  await build({
    configFile: false,
    root: PAGE_DIR,
    base: './',
    logLevel: 'warn',
    customLogger: logger,
    // The workspace's packages are bundled from their TypeScript source.
    resolve: { conditions: ['source', ...defaultClientConditions] },
    plugins: [pageHtml(options)],
    worker: { format: 'iife' },
    build: {
      outDir: options.outDir,
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: { polyfill: false },
      cssCodeSplit: false,
      assetsInlineLimit: 0,
      reportCompressedSize: false,
      // The page's script carries the worker, and the worker the whole validator (about 1.2 MB): by design.
      chunkSizeWarningLimit: 2000,
    },
  });
}
