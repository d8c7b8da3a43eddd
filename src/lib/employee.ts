/*
 * Who the learner is, as the groups stand in 2026: PNS; PPPK, full-time or paruh waktu (both ASN,
 * KepmenPANRB 16/2025); or non-ASN (honorer not yet settled, contract and outsourced staff). One list,
 * shared by the certificate island, the printable Pakta sheet and hall attendance; each words its labels
 * and errors from its own strings (src/i18n/).
 *
 * Which number fits: PNS and full-time PPPK have an 18-digit NIP. A PPPK paruh waktu has a PPPK number
 * whose format we could not confirm, so it is taken as bounded free text, like a non-ASN staff or
 * contract number; both are optional.
 */

export const EMPLOYEE_STATUSES = ['PNS', 'PPPK', 'PPPK paruh waktu', 'non-ASN'] as const;
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

/**
 * Statuses printed on certificates before December 2026, when the third group was called PPNPN. Not
 * offered any more; kept so that the verification code of an old certificate can still be recomputed.
 */
export const LEGACY_STATUSES = ['PPNPN'] as const;
export type LegacyStatus = (typeof LEGACY_STATUSES)[number];

export const isEmployeeStatus = (value: unknown): value is EmployeeStatus =>
  (EMPLOYEE_STATUSES as readonly unknown[]).includes(value);

/** The number each status gives: a NIP, a PPPK number (paruh waktu) or a staff/contract number. */
export type NumberKind = 'nip' | 'pppk' | 'staff';
export const numberKind = (status: EmployeeStatus): NumberKind =>
  status === 'PNS' || status === 'PPPK' ? 'nip' : status === 'PPPK paruh waktu' ? 'pppk' : 'staff';

/** PNS and full-time PPPK have an 18-digit NIP; the others give a free-text number, if any. */
export const hasNip = (status: EmployeeStatus): boolean => numberKind(status) === 'nip';

/** A NIP (Nomor Induk Pegawai) has exactly 18 digits; nothing else is accepted. */
export const NIP_LENGTH = 18;

/** A number without a fixed format (PPPK paruh waktu, non-ASN) is free text, bounded to fit one printed line. */
export const STAFF_NUMBER_MAX = 40;
/** Letters, digits, spaces and the marks used in numbering ("800/12/BKPSDM-2024", "KP.01 (3)"). */
const STAFF_NUMBER_CHARS = /^[\p{L}\p{N} .,/()\-_:#]*$/u;

export interface Identity {
  /** Empty until the learner chooses. */
  status: EmployeeStatus | '';
  nip: string;
  /** For the statuses without a NIP (PPPK paruh waktu, non-ASN); optional. */
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
   * True on the certificate: status and (for those with a NIP) the NIP must be given. False on the
   * paper sheet, which may be filled in by hand: blanks pass, but whatever is typed is checked, and a
   * typed number needs a status to be checked against.
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

/** The identity from one typed number, put in the field its status checks (the Pakta sheet has one number field). */
export const identityFromNumber = (status: EmployeeStatus | '', typed: string): Identity =>
  status && !hasNip(status) ? { status, nip: '', staffNumber: typed } : { status, nip: typed, staffNumber: '' };

/** The number that goes on paper: the NIP where there is one, else the free-text number (possibly empty). */
export const identifierOf = (id: Identity): string =>
  id.status && !hasNip(id.status) ? id.staffNumber.trim().replace(/\s+/g, ' ') : id.nip.trim();
