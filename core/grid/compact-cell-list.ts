import { parseA1 } from './address.js';

/** `表二!D5` → sheet prefix `表二!` and `D5`; a plain `D5` has an empty prefix. */
function splitSheet(ref: string): { prefix: string; cell: string } {
  const bang = ref.lastIndexOf('!');
  return bang < 0 ? { prefix: '', cell: ref } : { prefix: ref.slice(0, bang + 1), cell: ref.slice(bang + 1) };
}

/**
 * A list of cell addresses written as short as it stays exact, in the order
 * given: runs down one column (of one sheet) become ranges.
 * `['D8','D9','D10','D12','表二!D5','表二!D6']` → `D8:D10, D12, 表二!D5:D6`.
 * Anything that is not an A1 address is kept as it is.
 */
export function compactCellList(refs: readonly string[]): string {
  const parts: string[] = [];
  let start: string | undefined;
  let last: { ref: string; prefix: string; row: number; col: number } | undefined;
  const close = () => {
    if (last && start !== undefined) parts.push(start === last.ref ? start : `${start}:${splitSheet(last.ref).cell}`);
  };
  for (const ref of refs) {
    const { prefix, cell } = splitSheet(ref);
    const at = parseA1(cell);
    if (at && last && prefix === last.prefix && at.col === last.col && at.row === last.row + 1) {
      last = { ref, prefix, ...at };
      continue;
    }
    close();
    if (at) {
      start = ref;
      last = { ref, prefix, ...at };
    } else {
      parts.push(ref);
      start = undefined;
      last = undefined;
    }
  }
  close();
  return parts.join(', ');
}
