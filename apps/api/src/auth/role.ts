/**
 * What a token may do:
 * - partner: read and write records of its own areas only;
 * - panel: read serious-incident notifications, rapid reviews and practice reviews in every area;
 * - auditor: read the audit log;
 * - admin: everything.
 */
export const ROLES = ['partner', 'panel', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
