/** Whether v has at most d decimals, tolerant of float noise (1234.56 × 100 is not exactly 123456). */
export function hasAtMostDecimals(v: number, d: number): boolean {
  const scaled = v * 10 ** d;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/** How many decimals a typed number shows (92 → 0, 92.3 → 1), counted up to `max`. */
export function decimalsShown(v: number, max: number): number {
  for (let d = 0; d < max; d++) if (hasAtMostDecimals(v, d)) return d;
  return max;
}

/** Rounds half away from zero to d decimals, for values shown in messages. */
export function roundTo(v: number, d: number): number {
  const f = 10 ** d;
  return (Math.sign(v) * Math.round(Math.abs(v) * f + 1e-9)) / f;
}
