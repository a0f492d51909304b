import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../../pipeline/io/atomic-write.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unionstat-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes bytes and text, replacing an existing file, and leaves no temp file', async () => {
    const path = join(dir, '汇总表.xlsx');
    await writeFile(path, 'old content');
    await writeFileAtomic(path, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(path))]).toEqual([1, 2, 3]);
    await writeFileAtomic(path, '工会统计');
    expect(await readFile(path, 'utf8')).toBe('工会统计');
    expect(await readdir(dir)).toEqual(['汇总表.xlsx']);
  });

  it('removes its temp file and rethrows when the rename fails, leaving the target untouched', async () => {
    const target = join(dir, 'report.xlsx');
    await mkdir(target);
    await writeFile(join(target, 'keep.txt'), 'x');
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['report.xlsx']);
    expect(await readdir(target)).toEqual(['keep.txt']);
  });

  it('fails cleanly when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'a.xlsx'), 'data')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });
});
