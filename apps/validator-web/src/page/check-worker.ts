/**
 * The page's worker: checks files with the same @safeguarding/validator code as the command
 * line, off the page's thread, so the page stays responsive however large the file.
 */
import {
  blobChunks,
  csvTemplate,
  formatOfFileName,
  problemGroups,
  ReportBuilder,
  reportCsv,
  validateInto,
  xlsxTemplate,
} from '@safeguarding/validator';
import type { CheckRequest, TemplateRequest, WorkerReply, WorkerRequest } from './messages.ts';

// The DOM library types `self` as a window; in a worker it is the worker's own scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
};

/** Progress at most this often, so messages never crowd the page. */
const PROGRESS_EVERY_MS = 100;

async function check(request: CheckRequest): Promise<void> {
  const { run, files, schemaId, asOf } = request;
  for (const file of files) {
    if (formatOfFileName(file.name) === undefined) {
      scope.postMessage({
        kind: 'failed',
        run,
        message: `${file.name} was not checked: its name does not say its format. Name it .csv, .ndjson (or .jsonl), .json or .xlsx and choose it again.`,
      });
      return;
    }
  }
  const builder = new ReportBuilder();
  for (const [index, file] of files.entries()) {
    let bytesRead = 0;
    let records = 0;
    let sent = 0;
    const progress = (force = false) => {
      const now = performance.now();
      if (!force && now - sent < PROGRESS_EVERY_MS) return;
      sent = now;
      scope.postMessage({
        kind: 'progress',
        run,
        file: file.name,
        fileNumber: index + 1,
        files: files.length,
        bytesRead,
        bytes: file.size,
        records,
      });
    };
    progress(true);
    try {
      await validateInto(
        builder,
        {
          name: file.name,
          format: formatOfFileName(file.name) ?? 'json',
          bytes: blobChunks(file, (read) => {
            bytesRead = read;
            progress();
          }),
        },
        {
          schemaId,
          asOf,
          onRecords: (count) => {
            records = count;
            progress();
          },
        },
      );
    } catch (error) {
      // A DOMException is the browser failing to read the file (moved, changed or removed since
      // it was chosen); anything else is a fault of ours, said plainly and without details.
      scope.postMessage({
        kind: 'failed',
        run,
        message:
          error instanceof DOMException
            ? `${file.name} could not be read: it may have been moved or changed since you chose it. Choose it again.`
            : `The checker stopped unexpectedly while reading ${file.name}. Nothing was sent anywhere. Please tell the toolkit's maintainers which record type and format you were checking.`,
      });
      return;
    }
    progress(true);
  }
  const report = builder.report();
  scope.postMessage({
    kind: 'checked',
    run,
    report,
    groups: problemGroups(report, schemaId),
    json: `${JSON.stringify(report, null, 2)}\n`,
    csv: reportCsv(report),
  });
}

function template({ schemaId, format }: TemplateRequest): void {
  scope.postMessage(
    format === 'csv'
      ? {
          kind: 'template',
          name: `${schemaId}-template.csv`,
          type: 'text/csv',
          content: csvTemplate(schemaId),
        }
      : {
          kind: 'template',
          name: `${schemaId}-template.xlsx`,
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          content: xlsxTemplate(schemaId),
        },
  );
}

scope.onmessage = ({ data }) => {
  if (data.kind === 'check') {
    check(data).catch(() =>
      scope.postMessage({
        kind: 'failed',
        run: data.run,
        message: 'The checker stopped unexpectedly. Nothing was sent anywhere. Choose the files again.',
      }),
    );
  } else template(data);
};
