import { sortPicked } from '../../../addin/page/summary/sort-picked.js';
import { poolSize } from '../../../addin/page/summary/worker-pool.js';

const picked = (names: string[]) => names.map((name) => ({ name, file: new Blob([name]) as File }));

describe('files picked on the 汇总 page', () => {
  it('are sorted as the CLI walks a folder: lock files, hidden files and non-workbooks skipped with the reason, hidden folders left out', () => {
    const sorted = sortPicked(
      picked(['b.xlsx', '~$b.xlsx', '说明.docx', '.DS_Store', 'a/城区.xlsx', '.git/x.xlsx', 'a/.cache/y.xlsx', 'A.xls', 'b.xlsx']),
    );
    expect(sorted.workbooks.map((p) => p.name)).toEqual(['A.xls', 'a/城区.xlsx', 'b.xlsx']);
    expect(sorted.skipped.map((p) => [p.name, p.reason])).toEqual([
      ['.DS_Store', 'hidden'],
      ['~$b.xlsx', 'lock-file'],
      ['说明.docx', 'not-workbook'],
    ]);
  });

  it('are read on one worker per core, never more workers than files', () => {
    expect(poolSize(3000, 8)).toBe(8);
    expect(poolSize(3, 8)).toBe(3);
    expect(poolSize(100, undefined)).toBe(2);
    expect(poolSize(0, 4)).toBe(1);
  });
});
