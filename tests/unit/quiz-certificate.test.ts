import { describe, expect, it } from 'vitest';
import { EMPLOYEE_STATUSES, identifierOf, identityFromNumber, isEmployeeStatus, numberKind, STAFF_NUMBER_MAX, validateIdentity } from '../../src/lib/employee';
import { validateCertificate, verificationCode } from '../../src/lib/quiz/certificate';
import { questionFingerprint } from '../../src/lib/quiz/hash';

const data = { name: 'Siti Rahmawati', identifier: '198501012010011001', correct: 18, total: 20, date: '2026-11-26', seed: 482913 };

describe('certificate input', () => {
  const ok = { name: 'Siti', status: 'PNS', nip: '198501012010011001', staffNumber: '', unit: 'Dinas' } as const;
  it('accepts exactly 18 digits for PNS and PPPK', () => {
    expect(validateCertificate(ok)).toEqual([]);
    expect(validateCertificate({ ...ok, status: 'PPPK' })).toEqual([]);
    expect(validateCertificate({ ...ok, nip: ' 198501012010011001 ' })).toEqual([]);
  });

  it('names the digit count when the NIP is too short or too long', () => {
    expect(validateCertificate({ ...ok, nip: '19850101201001100' })).toEqual([{ field: 'nip', kind: 'length', digits: 17 }]);
    expect(validateCertificate({ ...ok, nip: '1985010120100110011' })).toEqual([{ field: 'nip', kind: 'length', digits: 19 }]);
    expect(validateCertificate({ ...ok, status: 'PPPK', nip: '' })).toEqual([{ field: 'nip', kind: 'length', digits: 0 }]);
  });

  it('refuses anything but digits in the NIP', () => {
    expect(validateCertificate({ ...ok, nip: '19850101 2010011001' })).toEqual([{ field: 'nip', kind: 'chars' }]);
    expect(validateCertificate({ ...ok, nip: '1985O1012010011001' })).toEqual([{ field: 'nip', kind: 'chars' }]);
  });

  for (const status of ['PPPK paruh waktu', 'non-ASN'] as const)
    it(`asks ${status} for no NIP: the number is optional, free text and bounded`, () => {
      const other = { ...ok, status, nip: '' } as const;
      expect(validateCertificate(other)).toEqual([]);
      expect(validateCertificate({ ...other, nip: 'ignored: no NIP is asked' })).toEqual([]);
      expect(validateCertificate({ ...other, staffNumber: '800/127/BKPSDM-2024 (kontrak) No. 3' })).toEqual([]);
      // A PPPK number whose format we could not confirm: digits of any length pass.
      expect(validateCertificate({ ...other, staffNumber: '1985010120250120011' })).toEqual([]);
      expect(validateCertificate({ ...other, staffNumber: 'x'.repeat(STAFF_NUMBER_MAX) })).toEqual([]);
      expect(validateCertificate({ ...other, staffNumber: 'x'.repeat(STAFF_NUMBER_MAX + 1) })).toEqual([
        { field: 'staffNumber', kind: 'length', max: STAFF_NUMBER_MAX },
      ]);
      expect(validateCertificate({ ...other, staffNumber: 'KP<script>' })).toEqual([{ field: 'staffNumber', kind: 'chars' }]);
    });

  it('offers the 2026 groups, one list, and no longer PPNPN', () => {
    expect(EMPLOYEE_STATUSES).toEqual(['PNS', 'PPPK', 'PPPK paruh waktu', 'non-ASN']);
    expect(EMPLOYEE_STATUSES.map(numberKind)).toEqual(['nip', 'nip', 'pppk', 'staff']);
    expect(isEmployeeStatus('PPNPN')).toBe(false);
  });

  it('requires a status, name and unit, in the order of the form', () => {
    expect(validateCertificate({ name: ' ', status: '', nip: '', staffNumber: '', unit: '' })).toEqual([
      { field: 'name', kind: 'empty' },
      { field: 'status', kind: 'empty' },
      { field: 'unit', kind: 'empty' },
    ]);
  });
});

describe('identity on the paper Pakta sheet (may be completed by hand)', () => {
  const blank = { status: '', nip: '', staffNumber: '' } as const;
  const sheet = { complete: false };
  it('lets a blank sheet through, and a chosen status with the number left for the pen', () => {
    expect(validateIdentity(blank, sheet)).toEqual([]);
    expect(validateIdentity({ ...blank, status: 'PNS' }, sheet)).toEqual([]);
    expect(validateIdentity({ ...blank, status: 'non-ASN' }, sheet)).toEqual([]);
    expect(validateIdentity({ ...blank, status: 'PPPK paruh waktu' }, sheet)).toEqual([]);
  });
  it('checks whatever is typed', () => {
    expect(validateIdentity({ ...blank, status: 'PPPK', nip: '123' }, sheet)).toEqual([{ field: 'nip', kind: 'length', digits: 3 }]);
    expect(validateIdentity({ ...blank, nip: '198501012010011001' }, sheet)).toEqual([{ field: 'status', kind: 'empty' }]);
    expect(validateIdentity(identityFromNumber('PPPK paruh waktu', '12/PW/2025'), sheet)).toEqual([]);
    expect(validateIdentity(identityFromNumber('PPPK', '12/PW/2025'), sheet)).toEqual([{ field: 'nip', kind: 'chars' }]);
    expect(validateIdentity({ ...blank, status: 'non-ASN', staffNumber: 'y'.repeat(41) }, sheet)).toEqual([
      { field: 'staffNumber', kind: 'length', max: 40 },
    ]);
  });
  it('prints the number that fits the status', () => {
    expect(identifierOf({ status: 'PNS', nip: ' 198501012010011001 ', staffNumber: 'x' })).toBe('198501012010011001');
    expect(identifierOf({ status: 'non-ASN', nip: '1', staffNumber: ' KP  12 ' })).toBe('KP 12');
    expect(identifierOf({ status: 'PPPK paruh waktu', nip: '1', staffNumber: ' 2025 07 ' })).toBe('2025 07');
    expect(isEmployeeStatus('PPPK')).toBe(true);
    expect(isEmployeeStatus('honorer')).toBe(false);
  });
});

describe('verification code', () => {
  it('is deterministic and shaped XXXX-XXXX-XXX', () => {
    expect(verificationCode(data)).toBe(verificationCode({ ...data }));
    expect(verificationCode(data)).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}$/);
  });

  it('still gives the code printed before the status was asked (no status, NIP as identifier)', () => {
    // Computed with the previous version of verificationCode: old printouts must still check out.
    expect(verificationCode(data)).toBe('13NV-SX1O-KJ0');
  });

  it('still gives the codes printed with a status before December 2026, PPNPN included', () => {
    // Computed with the previous version (statuses PNS, PPPK, PPNPN): those printouts must still check out.
    expect(verificationCode({ ...data, identifier: 'KTR/2024/017', status: 'PPNPN' })).toBe('1Z0A-QYON-EXR');
    expect(verificationCode({ ...data, status: 'PNS' })).toBe('1O7B-VDZ2-I1S');
    expect(verificationCode({ ...data, status: 'PPPK' })).toBe('1UQS-PNC1-50J');
  });

  it('ignores spacing and case in the name', () => {
    expect(verificationCode({ ...data, name: '  siti   RAHMAWATI ' })).toBe(verificationCode(data));
  });

  it('changes when any printed fact changes, the status included', () => {
    const code = verificationCode({ ...data, status: 'PNS' });
    for (const change of [
      { name: 'Siti Rahmawat' },
      { identifier: '198501012010011002' },
      { correct: 19 },
      { total: 21 },
      { date: '2026-11-27' },
      { seed: 482914 },
      { status: 'PPPK' as const },
      { status: 'PPPK paruh waktu' as const },
      { status: 'non-ASN' as const },
      { status: 'PPNPN' as const },
      { status: undefined },
    ])
      expect(verificationCode({ ...data, status: 'PNS', ...change })).not.toBe(code);
  });
});

describe('question fingerprint', () => {
  const q = { type: 'single', prompt: 'P?', options: [{ key: 'a', text: 'A', correct: true }, { key: 'b', text: 'B', correct: false }] };
  it('changes with prompt, options or key, not otherwise', () => {
    const fp = questionFingerprint(q);
    expect(questionFingerprint({ ...q })).toBe(fp);
    expect(questionFingerprint({ ...q, prompt: 'P baru?' })).not.toBe(fp);
    expect(questionFingerprint({ ...q, options: [q.options[0], { ...q.options[1], text: 'C' }] })).not.toBe(fp);
    expect(questionFingerprint({ ...q, options: [{ ...q.options[0], correct: false }, { ...q.options[1], correct: true }] })).not.toBe(fp);
  });
});
