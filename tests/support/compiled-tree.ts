import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

/**
 * Worker threads run compiled JavaScript, which ts-jest does not give them.
 * This emits folders of the repository (no type check: tsc does that
 * elsewhere) into a git-ignored folder inside it, so the emitted modules'
 * imports of exceljs, fflate, saxes … resolve as in dist/.
 * @example const tree = compileTree('workbook-thread', ['core', 'report', 'pipeline']); await tree.load('pipeline/write/workbook-thread.js')
 */
export function compileTree(name: string, folders: readonly string[]): { root: string; load<T = Record<string, unknown>>(path: string): Promise<T> } {
  const repo = process.cwd();
  const root = join(repo, 'tests', '.tmp', `${name}-${process.pid}`);
  const emit = (folder: string): void => {
    for (const entry of readdirSync(join(repo, folder))) {
      const path = join(repo, folder, entry);
      if (statSync(path).isDirectory()) {
        emit(join(folder, entry));
      } else if (entry.endsWith('.ts') && !entry.endsWith('.d.ts')) {
        const out = ts.transpileModule(readFileSync(path, 'utf8'), {
          compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
          fileName: path,
        });
        const target = join(root, folder, entry.replace(/\.ts$/, '.js'));
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, out.outputText);
      }
    }
  };
  for (const folder of folders) emit(folder);
  return { root, load: (path) => import(pathToFileURL(join(root, path)).href) };
}
