import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/i18n/id';
import { isoDate } from '../../src/schemas/common';

describe('dates', () => {
  it('formats a review date in Indonesian without shifting the day', () => {
    expect(formatDate('2023-12-19')).toBe('19 Desember 2023');
    expect(formatDate('2024-02-14')).toBe('14 Februari 2024');
  });

  it('keeps a YAML date (parsed as a Date at midnight UTC) as the same calendar day', () => {
    expect(isoDate.parse(new Date(Date.UTC(2022, 8, 22)))).toBe('2022-09-22');
    expect(isoDate.parse('2022-09-22')).toBe('2022-09-22');
  });

  it('rejects a date in another format with an Indonesian message', () => {
    const result = isoDate.safeParse('22/09/2022');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('tanggal harus berformat YYYY-MM-DD');
  });
});
