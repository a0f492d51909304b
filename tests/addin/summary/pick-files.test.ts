import { pickedFromDrop, pickedFromList } from '../../../addin/page/summary/pick-files.js';

/** A dropped folder as Chrome and Firefox give it: FileSystemEntry objects, at most `pageSize` entries per readEntries call. */
function folder(name: string, children: object[], pageSize = 2): object {
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (ok: (entries: object[]) => void) => {
          const page = children.slice(at, at + pageSize);
          at += page.length;
          setTimeout(() => ok(page), 0);
        },
      };
    },
  };
}

function file(name: string): object {
  return { isFile: true, isDirectory: false, name, file: (ok: (f: File) => void) => ok(new File([name], name)) };
}

function dataTransfer(entries: object[], loose: File[] = []): DataTransfer {
  const items = [...entries.map((entry) => ({ kind: 'file', webkitGetAsEntry: () => entry, getAsFile: () => null })), ...loose.map((f) => ({ kind: 'file', webkitGetAsEntry: () => null, getAsFile: () => f }))];
  return { items, files: loose } as unknown as DataTransfer;
}

describe('files given to the 汇总 page', () => {
  it('a dropped folder is walked to the end (readEntries in pages), files named relative to it, hidden folders left out', async () => {
    const dropped = folder('2025', [
      file('甲.xlsx'),
      folder('东城区', [file('东城区2025年报.xlsx'), folder('旧', [file('2024.xlsx')])]),
      folder('.git', [file('x.xlsx')]),
      file('~$甲.xlsx'),
      file('乙.xlsx'),
    ]);
    const picked = await pickedFromDrop(dataTransfer([dropped]));
    expect(picked.map((p) => p.name).sort()).toEqual(['~$甲.xlsx', '东城区/东城区2025年报.xlsx', '东城区/旧/2024.xlsx', '乙.xlsx', '甲.xlsx'].sort());
    expect(await picked.find((p) => p.name === '东城区/旧/2024.xlsx')!.file.text()).toBe('2024.xlsx');
  });

  it('dropped files keep their own names, beside a dropped folder', async () => {
    const picked = await pickedFromDrop(dataTransfer([folder('2025', [file('a.xlsx')])], [new File(['x'], '名册.xlsx')]));
    expect(picked.map((p) => p.name).sort()).toEqual(['a.xlsx', '名册.xlsx']);
  });

  it('a folder chosen with webkitdirectory is named without the folder’s own name, as the CLI names files', () => {
    const chosen = [
      Object.assign(new File(['1'], 'a.xlsx'), {}),
      new File(['2'], 'b.xlsx'),
    ];
    Object.defineProperty(chosen[0], 'webkitRelativePath', { value: '2025/东城区/a.xlsx' });
    Object.defineProperty(chosen[1], 'webkitRelativePath', { value: '' });
    expect(pickedFromList(chosen).map((p) => p.name)).toEqual(['东城区/a.xlsx', 'b.xlsx']);
  });
});
