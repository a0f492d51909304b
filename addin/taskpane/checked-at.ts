const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * When a check ran, in local time as a Chinese office writes it: `2025-01-15 09:30:05`.
 * Spelled out rather than toLocaleString, which the old webviews word differently.
 */
export function checkedAt(date: Date): string {
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}
