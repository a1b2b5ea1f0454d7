import './page.css';
import CheckWorker from './check-worker.ts?worker&inline';
import { byId } from './dom.ts';
import { bytesInWords, plural } from './format.ts';
import type { ProgressReply, WorkerReply, WorkerRequest } from './messages.ts';
import { renderReport, summarySentence } from './report-view.ts';
import { saveFile } from './save-file.ts';
import { todayInLondon } from './today-in-london.ts';

const recordType = byId<HTMLSelectElement>('record-type');
const asOf = byId<HTMLInputElement>('as-of');
const filesInput = byId<HTMLInputElement>('files');
const dropZone = byId<HTMLElement>('drop-zone');
const progressSection = byId<HTMLElement>('progress-section');
const progressBar = byId<HTMLProgressElement>('progress');
const progressText = byId<HTMLElement>('progress-text');
const status = byId<HTMLElement>('status');
const problem = byId<HTMLElement>('problem');
const reportSection = byId<HTMLElement>('report');

asOf.value = todayInLondon(new Date());

// The worker is made from the page's own code (inline, a blob: address), so the page also works
// opened from disk. A new check stops the one before by ending its worker.
let worker: Worker | undefined;
let run = 0;
let checking = false;

function startWorker(): Worker {
  const started = new CheckWorker({ name: 'safeguarding-validator' });
  started.onmessage = ({ data }: MessageEvent<WorkerReply>) => answer(data);
  // The worker could not start or stopped with an error of its own: say so, never spin forever.
  started.onerror = (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = undefined;
    checking = false;
    progressSection.hidden = true;
    status.textContent = '';
    showProblem(
      'The checker stopped unexpectedly. Nothing was sent anywhere. Reload the page and choose the files again.',
    );
  };
  return started;
}

function ask(request: WorkerRequest): void {
  worker ??= startWorker();
  worker.postMessage(request);
}

function showProblem(message: string | undefined): void {
  problem.hidden = message === undefined;
  problem.textContent = message ?? '';
}

function showProgress(reply: ProgressReply): void {
  progressBar.max = Math.max(1, reply.bytes);
  progressBar.value = reply.bytesRead;
  const which = reply.files > 1 ? ` (file ${reply.fileNumber} of ${reply.files})` : '';
  progressText.textContent = `${reply.file}${which}: ${bytesInWords(reply.bytesRead)} of ${bytesInWords(reply.bytes)} read, ${plural(reply.records, 'record')} checked.`;
}

function answer(reply: WorkerReply): void {
  if (reply.kind === 'template') {
    saveFile(reply.name, reply.content, reply.type);
    return;
  }
  if (reply.run !== run) return;
  if (reply.kind === 'progress') {
    showProgress(reply);
    return;
  }
  checking = false;
  progressSection.hidden = true;
  if (reply.kind === 'failed') {
    showProblem(reply.message);
    status.textContent = '';
    return;
  }
  const meta = {
    files: [...(filesInput.files ?? [])].map((file) => file.name),
    recordType: recordType.selectedOptions[0]?.textContent ?? recordType.value,
    asOf: asOf.value,
  };
  renderReport(reportSection, reply, meta);
  reportSection.hidden = false;
  status.textContent = summarySentence(reply, meta);
}

/** Checks the chosen files: called whenever the files, the record type or the date change. */
function check(): void {
  const files = [...(filesInput.files ?? [])];
  if (files.length === 0) return;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf.value)) {
    showProblem('Enter the date to judge statutory timescales on, as day, month and year.');
    return;
  }
  if (checking) {
    worker?.terminate();
    worker = undefined;
  }
  run++;
  checking = true;
  showProblem(undefined);
  reportSection.hidden = true;
  progressBar.removeAttribute('value');
  progressText.textContent = `Reading ${files.map((file) => file.name).join(', ')}…`;
  progressSection.hidden = false;
  status.textContent = `Checking ${plural(files.length, 'file')}…`;
  ask({ kind: 'check', run, files, schemaId: recordType.value, asOf: asOf.value });
}

filesInput.addEventListener('change', check);
recordType.addEventListener('change', check);
asOf.addEventListener('change', check);

for (const format of ['csv', 'xlsx'] as const) {
  byId<HTMLButtonElement>(`template-${format}`).addEventListener('click', () =>
    ask({ kind: 'template', schemaId: recordType.value, format }),
  );
}

// Files dropped on the drop zone are chosen as if picked; dropped anywhere else, the browser
// would open them in place of the page, so that is refused.
for (const type of ['dragover', 'drop'] as const) {
  window.addEventListener(type, (event) => event.preventDefault());
}
dropZone.addEventListener('dragover', (event) => {
  event.preventDefault();
  if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  dropZone.classList.add('dragging');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
dropZone.addEventListener('drop', (event) => {
  event.preventDefault();
  dropZone.classList.remove('dragging');
  const dropped = event.dataTransfer?.files;
  if (!dropped || dropped.length === 0) return;
  filesInput.files = dropped;
  check();
});
