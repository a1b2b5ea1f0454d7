export { SINGLE_FILE, SINGLE_FILE_NAME, SITE_FOLDER } from './build-output.ts';
export { META_CONTENT_SECURITY_POLICY, PAGE_CONTENT_SECURITY_POLICY } from './content-security-policy.ts';
