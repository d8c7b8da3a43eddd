/*
 * Who the learner is: PNS, PPPK (both ASN, both with an 18-digit NIP) or PPNPN (contract and
 * honorary staff, who have no NIP and may give a staff or contract number instead). Pure; shared by
 * the certificate island and the printable Pakta sheet, which word the errors from their own strings.
 */

export const EMPLOYEE_STATUSES = ['PNS', 'PPPK', 'PPNPN'] as const;
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

export const isEmployeeStatus = (value: unknown): value is EmployeeStatus =>
  (EMPLOYEE_STATUSES as readonly unknown[]).includes(value);

/** ASN (PNS and PPPK) have a NIP; PPNPN do not. */
export const hasNip = (status: EmployeeStatus): boolean => status !== 'PPNPN';

/** A NIP (Nomor Induk Pegawai) has exactly 18 digits; nothing else is accepted. */
export const NIP_LENGTH = 18;

/** A PPNPN staff or contract number is free text, bounded so it fits on one printed line. */
export const STAFF_NUMBER_MAX = 40;
/** Letters, digits, spaces and the marks used in numbering ("800/12/BKPSDM-2024", "KP.01 (3)"). */
const STAFF_NUMBER_CHARS = /^[\p{L}\p{N} .,/()\-_:#]*$/u;

export interface Identity {
  /** Empty until the learner chooses. */
  status: EmployeeStatus | '';
  nip: string;
  /** PPNPN only, optional. */
  staffNumber: string;
}

export type IdentityError =
  | { field: 'status'; kind: 'empty' }
  | { field: 'nip'; kind: 'chars' }
  | { field: 'nip'; kind: 'length'; digits: number }
  | { field: 'staffNumber'; kind: 'chars' }
  | { field: 'staffNumber'; kind: 'length'; max: number };

export interface IdentityRules {
  /**
   * True on the certificate: status and (for ASN) NIP must be given. False on the paper sheet, which
   * may be filled in by hand: blanks pass, but whatever is typed is checked, and a typed number needs
   * a status to be checked against.
   */
  complete: boolean;
}

export function validateIdentity(id: Identity, { complete }: IdentityRules = { complete: true }): IdentityError[] {
  const nip = id.nip.trim();
  const staffNumber = id.staffNumber.trim();
  if (!id.status) {
    const typed = nip || staffNumber;
    return complete || typed ? [{ field: 'status', kind: 'empty' }] : [];
  }
  if (hasNip(id.status)) {
    if (!complete && !nip) return [];
    if (!/^\d*$/.test(nip)) return [{ field: 'nip', kind: 'chars' }];
    if (nip.length !== NIP_LENGTH) return [{ field: 'nip', kind: 'length', digits: nip.length }];
    return [];
  }
  if (!STAFF_NUMBER_CHARS.test(staffNumber)) return [{ field: 'staffNumber', kind: 'chars' }];
  if ([...staffNumber].length > STAFF_NUMBER_MAX) return [{ field: 'staffNumber', kind: 'length', max: STAFF_NUMBER_MAX }];
  return [];
}

/** The number that goes on paper: the NIP for ASN, the staff number (possibly empty) for PPNPN. */
export const identifierOf = (id: Identity): string =>
  id.status && !hasNip(id.status) ? id.staffNumber.trim().replace(/\s+/g, ' ') : id.nip.trim();
