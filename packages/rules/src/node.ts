// The Node-only entry (@safeguarding/rules/node): loaders that read files. The root entry stays
// free of node:* imports so the engine runs in a browser.
export { loadCalendarFile } from './calendar/load-calendar-file.ts';
export { readCatalogueFiles, readCatalogueFolder } from './node-only/read-catalogue-files.ts';
