/*
 * The certificate: checks what the learner types, and computes the verification code. Pure;
 * messages come from the caller's strings.
 */
import { cyrb53 } from './hash';

export interface CertificateInput {
  name: string;
  nip: string;
  unit: string;
}

export type CertificateError =
  | { field: 'name'; kind: 'empty' }
  | { field: 'nip'; kind: 'chars' }
  | { field: 'nip'; kind: 'length'; digits: number }
  | { field: 'unit'; kind: 'empty' };

/** A NIP (Nomor Induk Pegawai) has exactly 18 digits; nothing else is accepted. */
export const NIP_LENGTH = 18;

export function validateCertificate(input: CertificateInput): CertificateError[] {
  const errors: CertificateError[] = [];
  if (!input.name.trim()) errors.push({ field: 'name', kind: 'empty' });
  const nip = input.nip.trim();
  if (!/^\d*$/.test(nip)) errors.push({ field: 'nip', kind: 'chars' });
  else if (nip.length !== NIP_LENGTH) errors.push({ field: 'nip', kind: 'length', digits: nip.length });
  if (!input.unit.trim()) errors.push({ field: 'unit', kind: 'empty' });
  return errors;
}

export interface CertificateData {
  name: string;
  nip: string;
  correct: number;
  total: number;
  /** YYYY-MM-DD */
  date: string;
  seed: number;
}

/** Name as it counts for the code: spaces collapsed, case ignored. */
export const normaliseName = (name: string): string => name.trim().replace(/\s+/g, ' ').toUpperCase();

/**
 * The certificate's verification code: a hash of name, NIP, score, date and exam seed, written as
 * XXXX-XXXX-XXX. Anyone can recompute it from the printed data; any edit to the data changes it.
 */
export function verificationCode(d: CertificateData): string {
  const input = [normaliseName(d.name), d.nip.trim(), `${d.correct}/${d.total}`, d.date, String(d.seed)].join('|');
  const code = cyrb53(input, 2024).toString(36).toUpperCase().padStart(11, '0');
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}
