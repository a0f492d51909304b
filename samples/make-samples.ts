/**
 * Writes the bundled samples: the roster of 示例市总工会 and two years of
 * submissions made from the template, with the cases a federation meets every
 * season — a unit that has not reported, one with a hard error, one with a
 * soft issue explained and one unexplained, a file still named
 * `新建 Microsoft Excel 工作表 (3).xlsx`, a subfolder, an Office lock file.
 *
 * Run: npm run samples (deterministic: same figures on every machine).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { standardSpec } from '../core/templates/index.js';
import { writeFileAtomic } from '../pipeline/io/atomic-write.js';
import { buildTemplateWorkbook } from '../report/template/build-template-workbook.js';
import { fillTemplate } from '../report/template/fill-template.js';
import { FEDERATION, SAMPLE_UNITS, unitFigures, type SampleUnit } from './sample-data.js';

export const CURRENT_YEAR = 2025;
export const PRIOR_YEAR = 2024;

/** The cases of the current year, by unit code. */
export const SCENARIOS = {
  missing: '990122', // 白石县: has not reported
  hardError: '990104', // 北山区: C01 does not equal C02+…+C05
  softExplained: '990103', // 南湖区: A09 up 60%, with a 说明
  softUnexplained: '990181', // 临江市: 送温暖 up sharply, no 说明
  oddFileName: '990102', // 西城区: file never renamed
  inSubfolder: '990101', // 东城区: sent in a folder
} as const;

const PREPARERS = ['张敏', '李娜', '王磊', '刘洋', '陈静', '杨帆', '赵丽', '黄伟', '周婷', '吴刚', '徐琳', '孙浩'];

function rosterCsv(): string {
  const lines = ['代码,名称,上级,类别,填报人,联系电话,单位负责人', `${FEDERATION.code},${FEDERATION.name},,本级,${FEDERATION.preparer},${FEDERATION.phone},${FEDERATION.head}`];
  for (const u of SAMPLE_UNITS) lines.push(`${u.code},${u.name},${FEDERATION.code},${u.kind},,,`);
  return `${lines.join('\n')}\n`;
}

interface Submission {
  file: string;
  current: Record<string, number>;
  prior: Record<string, number>;
  notes: Record<string, string>;
}

function submissionFor(unit: SampleUnit, year: number): Submission {
  const current = unitFigures(unit, year);
  const prior = unitFigures(unit, year - 1);
  const notes: Record<string, string> = {};
  let file = `${unit.name}${year}年报.xlsx`;
  if (year === CURRENT_YEAR) {
    if (unit.code === SCENARIOS.hardError) current.C01 = Math.round((current.C01 + 12) * 100) / 100;
    if (unit.code === SCENARIOS.softExplained) {
      current.A09 = Math.round(prior.A09 * 1.6);
      notes.A09 = '开展新就业形态劳动者集中入会行动，新建快递、外卖等行业基层工会较多';
    }
    if (unit.code === SCENARIOS.softUnexplained) {
      current.C02 = Math.round(prior.C02 * 1.8 * 100) / 100;
      current.C01 = Math.round((current.C02 + current.C03 + current.C04 + current.C05) * 100) / 100;
    }
    if (unit.code === SCENARIOS.oddFileName) file = '新建 Microsoft Excel 工作表 (3).xlsx';
    if (unit.code === SCENARIOS.inSubfolder) file = `${unit.name}/${file}`;
  }
  return { file, current, prior, notes };
}

async function writeSubmission(dir: string, unit: SampleUnit, year: number, index: number): Promise<string> {
  const sub = submissionFor(unit, year);
  const workbook = buildTemplateWorkbook(standardSpec);
  // Fixed dates, so regenerating the samples changes nothing but what changed.
  workbook.created = new Date(Date.UTC(year + 1, 0, 10));
  workbook.modified = workbook.created;
  fillTemplate(workbook, standardSpec, {
    header: {
      unitName: unit.name,
      unitCode: unit.code,
      year,
      period: '年报',
      preparer: PREPARERS[index % PREPARERS.length],
      phone: `0999-8${String(6000000 + index * 1379).slice(0, 7)}`,
      head: '',
      date: `${year + 1}-01-${String(10 + index).padStart(2, '0')}`,
    },
    current: sub.current,
    prior: sub.prior,
    notes: sub.notes,
  });
  const path = join(dir, sub.file);
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return path;
}

/** Writes roster.csv and submissions/<year>/… under `root`. */
export async function makeSamples(root: string): Promise<string[]> {
  const written: string[] = [];
  await writeFileAtomic(join(root, 'roster.csv'), rosterCsv());
  written.push(join(root, 'roster.csv'));
  for (const year of [PRIOR_YEAR, CURRENT_YEAR]) {
    const dir = join(root, 'submissions', String(year));
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    for (const [i, unit] of SAMPLE_UNITS.entries()) {
      if (year === CURRENT_YEAR && unit.code === SCENARIOS.missing) continue;
      written.push(await writeSubmission(dir, unit, year, i));
    }
  }
  // An Office lock file left beside a workbook someone had open: skipped, and said so.
  const lock = join(root, 'submissions', String(CURRENT_YEAR), '~$示例市东城区总工会2025年报.xlsx');
  await writeFile(lock, new Uint8Array([0x05, 0x00, 0x5a, 0x68, 0x61, 0x6e, 0x67]));
  written.push(lock);
  return written;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'samples');
  makeSamples(root).then((paths) => {
    for (const p of paths) process.stdout.write(`${p}\n`);
  });
}
