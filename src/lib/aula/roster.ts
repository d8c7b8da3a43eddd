/*
 * The organiser's roster (daftar peserta) as a CSV file: one person per row, with a header row of
 * `nama, status, nip, unit, kartu` (any order; `nip` and `kartu` may stay empty). Excel in an
 * Indonesian locale writes semicolons, others commas: both are read. Parsed with csv-parse (quotes,
 * line breaks inside fields, a byte-order mark), checked with the same rules as the join page; any
 * error names the row and the column, and nothing is imported until the whole file is right.
 */
import { parse } from 'csv-parse/sync';
import { EMPLOYEE_STATUSES, hasNip, validateIdentity, type EmployeeStatus } from '../employee';
import { MAX_CARD, MAX_NAME } from './live';
import { MAX_UNIT } from './messages';

export const MAX_ROSTER_BYTES = 256 * 1024;
export const MAX_ROSTER_ROWS = 3000;

export interface RosterRow {
  id: string;
  name: string;
  status: EmployeeStatus;
  nip?: string;
  unit: string;
  card?: number;
}

export type RosterError =
  | { kind: 'size' }
  | { kind: 'format'; message: string }
  | { kind: 'header'; missing: string }
  | { kind: 'rows'; max: number }
  | { kind: 'field'; row: number; column: string; value: string };

const COLUMNS = { name: 'nama', status: 'status', nip: 'nip', unit: 'unit', card: 'kartu' } as const;

export function parseRoster(text: string): { roster: RosterRow[] } | { error: RosterError } {
  if (new TextEncoder().encode(text).length > MAX_ROSTER_BYTES) return { error: { kind: 'size' } };
  let records: Record<string, string>[];
  try {
    records = parse(text, {
      bom: true,
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      delimiter: [',', ';'],
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      max_record_size: 4096,
      to: MAX_ROSTER_ROWS + 1,
    });
  } catch (error) {
    return { error: { kind: 'format', message: (error as Error).message.slice(0, 200) } };
  }
  if (records.length > MAX_ROSTER_ROWS) return { error: { kind: 'rows', max: MAX_ROSTER_ROWS } };
  const first = records[0] ?? {};
  for (const column of [COLUMNS.name, COLUMNS.status, COLUMNS.unit]) if (!(column in first)) return { error: { kind: 'header', missing: column } };
  const roster: RosterRow[] = [];
  const cards = new Set<number>();
  for (const [i, r] of records.entries()) {
    const row = i + 2; // the header is row 1
    const bad = (column: string): { error: RosterError } => ({ error: { kind: 'field', row, column, value: String(r[column] ?? '').slice(0, 60) } });
    const name = (r[COLUMNS.name] ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
    if (!name || [...name].length > MAX_NAME * 2) return bad(COLUMNS.name);
    // The list's own spelling, whatever the case typed ("pns", "Non-ASN").
    const status = EMPLOYEE_STATUSES.find((s) => s.toLowerCase() === (r[COLUMNS.status] ?? '').toLowerCase().replace(/\s+/g, ' '));
    if (!status) return bad(COLUMNS.status);
    const nip = (r[COLUMNS.nip] ?? '').replace(/\s/g, '');
    if ((nip && !hasNip(status)) || validateIdentity({ status, nip, staffNumber: '' }, { complete: false }).length) return bad(COLUMNS.nip);
    const unit = (r[COLUMNS.unit] ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
    if (!unit || [...unit].length > MAX_UNIT) return bad(COLUMNS.unit);
    const cardText = r[COLUMNS.card] ?? '';
    const card = cardText ? Number(cardText) : undefined;
    if (card !== undefined && (!Number.isInteger(card) || card < 1 || card > MAX_CARD || cards.has(card))) return bad(COLUMNS.card);
    if (card) cards.add(card);
    roster.push({ id: `p${row - 1}`, name, status, unit, ...(nip && { nip }), ...(card && { card }) });
  }
  return { roster };
}
