/**
 * `npm run build -w @safeguarding/validator-web`: the static folder (dist/site, which also offers
 * the single file for download) and the single file (dist/single-file).
 */
import { copyFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { SINGLE_FILE, SINGLE_FILE_NAME, SITE_FOLDER } from '../build-output.ts';
import { buildPage } from './build-page.ts';

const singleFileDir = join(SINGLE_FILE, '..');
await buildPage({ outDir: singleFileDir, singleFile: true, singleFileName: SINGLE_FILE_NAME });
await buildPage({ outDir: SITE_FOLDER, singleFile: false, singleFileName: SINGLE_FILE_NAME });
renameSync(join(singleFileDir, 'index.html'), SINGLE_FILE);
copyFileSync(SINGLE_FILE, join(SITE_FOLDER, SINGLE_FILE_NAME));
