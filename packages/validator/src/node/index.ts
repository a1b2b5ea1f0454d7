export { NO_PROGRESS, type Progress, terminalProgress } from './progress.ts';
export {
  type FileToValidate,
  UnreadableFileError,
  type ValidateFilesOptions,
  validateFiles,
} from './validate-files.ts';
