import { fileURLToPath } from 'node:url';

/** The built static folder (`npm run build`): index.html and its assets, for any static host. */
export const SITE_FOLDER = fileURLToPath(new URL('../dist/site/', import.meta.url));

/** The name of the single-file build, which also sits in the static folder for people to save. */
export const SINGLE_FILE_NAME = 'safeguarding-validator.html';

/** The single-file build: script, style and worker inline, for opening from disk. */
export const SINGLE_FILE = fileURLToPath(new URL(`../dist/single-file/${SINGLE_FILE_NAME}`, import.meta.url));
