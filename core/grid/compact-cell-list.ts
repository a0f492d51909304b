import { parseA1 } from './address.js';

/**
 * A list of cell addresses written as short as it stays exact, in the order
 * given: runs down one column become ranges. `['D8','D9','D10','D12']` →
 * `D8:D10, D12`. Anything that is not an A1 address is kept as it is.
 */
export function compactCellList(refs: readonly string[]): string {
  const parts: string[] = [];
  let start: string | undefined;
  let last: { ref: string; row: number; col: number } | undefined;
  const close = () => {
    if (last && start !== undefined) parts.push(start === last.ref ? start : `${start}:${last.ref}`);
  };
  for (const ref of refs) {
    const at = parseA1(ref);
    if (at && last && at.col === last.col && at.row === last.row + 1) {
      last = { ref, ...at };
      continue;
    }
    close();
    if (at) {
      start = ref;
      last = { ref, ...at };
    } else {
      parts.push(ref);
      start = undefined;
      last = undefined;
    }
  }
  close();
  return parts.join(', ');
}
