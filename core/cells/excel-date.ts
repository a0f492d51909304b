const DAY_MS = 86_400_000;
// Serial 1 is 1900-01-01 and Excel counts a 29 Feb 1900 that never was; from serial 61 on,
// counting from 1899-12-30 gives the right day. Earlier serials are off by one (as in Excel itself).
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** Excel serial date (1900 system) → `YYYY-MM-DD`, for messages that show what the cell displayed. */
export function serialToIsoDate(serial: number): string {
  if (!Number.isFinite(serial)) return String(serial);
  const date = new Date(EPOCH_MS + Math.floor(serial) * DAY_MS);
  return date.toISOString().slice(0, 10);
}
