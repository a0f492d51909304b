import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stageFile, writeFileAtomic } from '../../../pipeline/io/atomic-write.js';

describe('staged and atomic writes', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'unionstat-atomic-write-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('a staged file leaves the target as it was until commit, then replaces it', async () => {
    const target = join(dir, 'summary.csv');
    await writeFile(target, 'old');
    const staged = await stageFile(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('old');
    const names = await readdir(dir);
    expect(names).toHaveLength(2);
    expect(names.find((n) => n !== 'summary.csv')).toMatch(/^\.summary\.csv\.\d+\.[0-9a-f]{8}\.tmp$/);
    await staged.commit();
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['summary.csv']);
  });

  test('discard drops the staged file and keeps the target', async () => {
    const target = join(dir, '汇总表.xlsx');
    await writeFile(target, 'old');
    const staged = await stageFile(target, new Uint8Array([1, 2, 3]));
    await staged.discard();
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['汇总表.xlsx']);
  });

  test('a file that cannot be staged leaves nothing behind', async () => {
    await expect(stageFile(join(dir, 'no-such-folder', 'x.csv'), 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  test('writeFileAtomic writes a new file in one step', async () => {
    await writeFileAtomic(join(dir, 'run.json'), '{}');
    expect(await readdir(dir)).toEqual(['run.json']);
    expect(await readFile(join(dir, 'run.json'), 'utf8')).toBe('{}');
  });
});
