/*
 * The certificate: checks what the learner types, and computes the verification code. Pure;
 * messages come from the caller's strings. Who the learner is (PNS, PPPK, PPPK paruh waktu or non-ASN)
 * and which number fits is checked by src/lib/employee.ts, shared with the printable Pakta sheet.
 */
import { validateIdentity, type EmployeeStatus, type Identity, type IdentityError, type LegacyStatus } from '../employee';
import { cyrb53 } from './hash';

export { NIP_LENGTH } from '../employee';

export interface CertificateInput extends Identity {
  name: string;
  unit: string;
}

export type CertificateError = { field: 'name'; kind: 'empty' } | IdentityError | { field: 'unit'; kind: 'empty' };

/** Errors in the order the fields appear on the form (the first one gets the focus). */
export function validateCertificate(input: CertificateInput): CertificateError[] {
  const errors: CertificateError[] = [];
  if (!input.name.trim()) errors.push({ field: 'name', kind: 'empty' });
  errors.push(...validateIdentity(input, { complete: true }));
  if (!input.unit.trim()) errors.push({ field: 'unit', kind: 'empty' });
  return errors;
}

export interface CertificateData {
  name: string;
  /** The printed number: an 18-digit NIP for PNS and PPPK; a free-text number, or nothing, for the others. */
  identifier: string;
  /**
   * The printed status. Certificates printed before the site asked for it show no status; their codes
   * are computed without it, so they still check out. Those printed before December 2026 may show
   * "PPNPN" (a legacy status), which is hashed as printed.
   */
  status?: EmployeeStatus | LegacyStatus;
  correct: number;
  total: number;
  /** YYYY-MM-DD */
  date: string;
  seed: number;
}

/** Name as it counts for the code: spaces collapsed, case ignored. */
export const normaliseName = (name: string): string => name.trim().replace(/\s+/g, ' ').toUpperCase();

/**
 * The certificate's verification code: a hash of name, number, score, date, exam seed and (when
 * printed) the staff status, written as XXXX-XXXX-XXX. Anyone can recompute it from the printed data;
 * any edit to the data changes it.
 */
export function verificationCode(d: CertificateData): string {
  const parts = [normaliseName(d.name), d.identifier.trim(), `${d.correct}/${d.total}`, d.date, String(d.seed)];
  if (d.status) parts.push(d.status);
  const code = cyrb53(parts.join('|'), 2024).toString(36).toUpperCase().padStart(11, '0');
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}
