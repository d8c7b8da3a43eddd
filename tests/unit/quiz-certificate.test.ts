import { describe, expect, it } from 'vitest';
import { validateCertificate, verificationCode } from '../../src/lib/quiz/certificate';
import { questionFingerprint } from '../../src/lib/quiz/hash';

const data = { name: 'Siti Rahmawati', nip: '198501012010011001', correct: 18, total: 20, date: '2026-11-26', seed: 482913 };

describe('certificate input', () => {
  const ok = { name: 'Siti', nip: '198501012010011001', unit: 'Dinas' };
  it('accepts exactly 18 digits', () => {
    expect(validateCertificate(ok)).toEqual([]);
    expect(validateCertificate({ ...ok, nip: ' 198501012010011001 ' })).toEqual([]);
  });

  it('names the digit count when the NIP is too short or too long', () => {
    expect(validateCertificate({ ...ok, nip: '19850101201001100' })).toEqual([{ field: 'nip', kind: 'length', digits: 17 }]);
    expect(validateCertificate({ ...ok, nip: '1985010120100110011' })).toEqual([{ field: 'nip', kind: 'length', digits: 19 }]);
    expect(validateCertificate({ ...ok, nip: '' })).toEqual([{ field: 'nip', kind: 'length', digits: 0 }]);
  });

  it('refuses anything but digits in the NIP', () => {
    expect(validateCertificate({ ...ok, nip: '19850101 2010011001' })).toEqual([{ field: 'nip', kind: 'chars' }]);
    expect(validateCertificate({ ...ok, nip: '1985O1012010011001' })).toEqual([{ field: 'nip', kind: 'chars' }]);
  });

  it('requires name and unit', () => {
    expect(validateCertificate({ name: ' ', nip: ok.nip, unit: '' })).toEqual([
      { field: 'name', kind: 'empty' },
      { field: 'unit', kind: 'empty' },
    ]);
  });
});

describe('verification code', () => {
  it('is deterministic and shaped XXXX-XXXX-XXX', () => {
    expect(verificationCode(data)).toBe(verificationCode({ ...data }));
    expect(verificationCode(data)).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}$/);
  });

  it('ignores spacing and case in the name', () => {
    expect(verificationCode({ ...data, name: '  siti   RAHMAWATI ' })).toBe(verificationCode(data));
  });

  it('changes when any printed fact changes', () => {
    const code = verificationCode(data);
    for (const change of [
      { name: 'Siti Rahmawat' },
      { nip: '198501012010011002' },
      { correct: 19 },
      { total: 21 },
      { date: '2026-11-27' },
      { seed: 482914 },
    ])
      expect(verificationCode({ ...data, ...change })).not.toBe(code);
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
