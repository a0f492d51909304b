import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Issue } from '../../core/issues/issue.js';
import { standardSpec } from '../../core/templates/index.js';
import { recordingEffects } from '../../pipeline/cli/effects.js';
import { runCli } from '../../pipeline/cli/program.js';
import type { FileRecord, UnitStatusRow } from '../../core/merge/merge-report.js';
import { runMerge, type MergeOutcome } from '../../pipeline/cli/run-merge.js';
import { loadRoster } from '../../pipeline/roster/load-roster.js';
import { CORPUS_YEAR, hostileRosterCsv, makeHostileCorpus, type CorpusEntry } from '../fixtures/hostile/make-hostile-corpus.js';
import { hashTree, STACK_FRAME, UNFILLED_PLACEHOLDER } from './hash-tree.js';

interface CheckedFileJson {
  file: string;
  outcome: 'checked' | 'unreadable' | 'not-template';
  counts: { hard: number; soft: number; explained: number };
  issues: Issue[];
}
interface CheckJson {
  files: CheckedFileJson[];
  skipped: { file: string; reason: string }[];
}

const repoRoot = process.cwd();
const root = mkdtempSync(join(tmpdir(), 'unionstat-hostile-'));
const corpus = join(root, 'corpus');
const rosterPath = join(root, 'roster.csv');
let entries: CorpusEntry[] = [];

/** `hard:ruleId@D12` → its parts; the cell is optional. */
function parseOutcome(outcome: string): { kind: string; code: string; cell?: string } {
  const [kind, rest = ''] = outcome.split(/:(.*)/s);
  const [code, cell] = rest.split('@');
  return { kind, code, cell: cell || undefined };
}

const zhText = (i: Issue) => `${i.message.zh}\n${i.hint.zh}`;

/** The issue that decides a file's outcome, found in a list of issues (check's or merge's). */
function decidingIssue(entry: CorpusEntry, issues: readonly Issue[]): Issue | undefined {
  const { kind, code, cell } = parseOutcome(entry.outcome);
  if (kind === 'unreadable') return issues[0]?.code === code ? issues[0] : undefined;
  if (kind === 'not-template') return issues.find((i) => i.code === code);
  if (kind === 'hard' || kind === 'soft') {
    return issues.find((i) => i.ruleId === code && i.severity === kind && (cell === undefined || i.cell === cell) && i.status === 'open');
  }
  return undefined;
}

async function check(extra: string[] = []): Promise<{ code: number; json: CheckJson; all: string }> {
  const effects = recordingEffects();
  const code = await runCli(['check', corpus, '--json', '--roster', rosterPath, '--year', String(CORPUS_YEAR), ...extra], effects);
  return { code, json: JSON.parse(effects.stdout.join('\n')) as CheckJson, all: [...effects.stdout, ...effects.stderr].join('\n') };
}

async function merge(inputs: string[], roster: string, out: string): Promise<{ outcome: MergeOutcome; all: string }> {
  const effects = recordingEffects();
  const outcome = await runMerge(
    { spec: standardSpec, roster: await loadRoster(roster), inputs, out, year: CORPUS_YEAR, period: 'annual' },
    effects,
  );
  return { outcome, all: [...effects.stdout, ...effects.stderr].join('\n') };
}

beforeAll(async () => {
  entries = await makeHostileCorpus(corpus);
  writeFileSync(rosterPath, hostileRosterCsv());
}, 120_000);

// The corpus holds a 21 MiB file and a few bombs: leave nothing behind in the temp folder.
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the hostile corpus', () => {
  it('has at least 40 files, each with an outcome and words its message must say', () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
    expect(new Set(entries.map((e) => e.file)).size).toBe(entries.length);
    for (const e of entries) {
      expect(e.outcome).toMatch(/^(unreadable|not-template|hard|soft|skipped):\S+$|^ok$/);
      if (e.outcome !== 'ok') expect(e.keywords.length).toBeGreaterThan(0);
    }
  });

  it('is the corpus docs/hostile-corpus.md lists, outcome for outcome', () => {
    const doc = readFileSync(join(repoRoot, 'docs', 'hostile-corpus.md'), 'utf8');
    const listed = doc.split('\n').filter((l) => /^\| `[^`]+` \| `[^`]+` \|/.test(l)).map((l) => l.split(' | ').slice(0, 3).join(' | '));
    expect(listed).toEqual(entries.map((e) => `| \`${e.file}\` | \`${e.outcome}\` | ${e.mergeStatus}`));
  });
});

describe('unionstat check over the hostile corpus', () => {
  let result: Awaited<ReturnType<typeof check>>;
  let before: Record<string, string>;
  beforeAll(async () => {
    before = hashTree(corpus);
    result = await check();
  }, 120_000);

  it('gives every file its expected classification and the key words of its message', () => {
    const byFile = new Map(result.json.files.map((f) => [f.file, f]));
    const problems: string[] = [];
    for (const entry of entries) {
      const { kind, code } = parseOutcome(entry.outcome);
      if (kind === 'skipped') {
        if (!result.json.skipped.some((s) => s.file === entry.file && s.reason === code)) problems.push(`${entry.file}: not skipped as ${code}`);
        if (byFile.has(entry.file)) problems.push(`${entry.file}: skipped yet checked`);
        continue;
      }
      const f = byFile.get(entry.file);
      if (!f) {
        problems.push(`${entry.file}: missing from the check`);
        continue;
      }
      const expectedOutcome = kind === 'unreadable' || kind === 'not-template' ? kind : 'checked';
      if (f.outcome !== expectedOutcome) problems.push(`${entry.file}: ${f.outcome}, expected ${expectedOutcome} (${f.issues[0]?.code})`);
      if (kind === 'ok') {
        if (f.counts.hard + f.counts.soft > 0) problems.push(`${entry.file}: expected no open issue, got ${f.issues.map((i) => i.ruleId).join(', ')}`);
        continue;
      }
      if (kind === 'soft' && f.counts.hard > 0) problems.push(`${entry.file}: expected no hard issue, got ${f.issues.filter((i) => i.severity === 'hard').map((i) => i.ruleId)}`);
      const issue = decidingIssue(entry, f.issues);
      if (!issue) {
        problems.push(`${entry.file}: no ${entry.outcome} among ${f.issues.map((i) => `${i.severity}:${i.ruleId}@${i.cell ?? ''}`).join(', ')}`);
        continue;
      }
      for (const word of entry.keywords) if (!zhText(issue).includes(word)) problems.push(`${entry.file}: message lacks “${word}”: ${issue.message.zh}`);
      if (kind === 'unreadable' && !issue.message.zh.includes(entry.file.split('/').pop()!)) problems.push(`${entry.file}: message does not name the file`);
    }
    expect(problems).toEqual([]);
    expect(result.json.files.length + result.json.skipped.length).toBe(entries.length);
  });

  it('exits 1 (files with hard issues), never 70, and prints no stack trace or unfilled placeholder', () => {
    expect(result.code).toBe(1);
    expect(result.all).not.toMatch(STACK_FRAME);
    for (const f of result.json.files) {
      for (const i of f.issues) {
        expect(`${i.message.zh} ${i.hint.zh} ${i.message.en} ${i.hint.en}`).not.toMatch(UNFILLED_PLACEHOLDER);
      }
    }
  });

  it('prints one readable table line per file, and the skipped files with their reason', async () => {
    const effects = recordingEffects();
    const code = await runCli(['check', corpus, '--roster', rosterPath, '--year', String(CORPUS_YEAR)], effects);
    expect(code).toBe(1);
    const out = effects.stdout.join('\n');
    const err = effects.stderr.join('\n');
    expect(out).not.toMatch(STACK_FRAME);
    expect(out).toContain(`共审核 ${result.json.files.length} 个文件`);
    for (const e of entries.filter((x) => x.outcome.startsWith('skipped:'))) {
      expect(err).toContain(`已跳过 ${e.file}`);
      for (const word of e.keywords) expect(err).toContain(word);
    }
  });

  it('gives the same classification through the exceljs reader (the browser page’s reader)', async () => {
    const viaExceljs = await check(['--reader', 'exceljs']);
    const summary = (json: CheckJson) =>
      json.files.map((f) => ({ file: f.file, outcome: f.outcome, first: f.issues[0] ? `${f.issues[0].code}@${f.issues[0].cell ?? ''}` : '' }));
    expect(summary(viaExceljs.json)).toEqual(summary(result.json));
    expect(viaExceljs.code).toBe(result.code);
  }, 120_000);

  it('leaves every input byte-identical', () => {
    expect(hashTree(corpus)).toEqual(before);
  });
});

describe('unionstat merge over the hostile corpus', () => {
  let merged: Awaited<ReturnType<typeof merge>>;
  let checked: CheckJson;
  let before: Record<string, string>;
  const out = join(root, 'out-corpus');
  beforeAll(async () => {
    before = hashTree(corpus);
    merged = await merge([corpus], rosterPath, out);
    checked = (await check()).json;
  }, 120_000);

  const statusOf = (file: string): UnitStatusRow | undefined => merged.outcome.report.statuses.find((s) => s.files.includes(file));
  const recordOf = (file: string): FileRecord | undefined => merged.outcome.report.files.find((f) => f.file === file);

  it('gives every file its roster status, with the same issue and words as check', () => {
    const problems: string[] = [];
    const fileOutcome: Record<CorpusEntry['mergeStatus'], FileRecord['outcome'][]> = {
      unreadable: ['unreadable', 'not-template'],
      'hard-issues': ['rejected'],
      'needs-explanation': ['accepted'],
      reported: ['accepted'],
      duplicate: ['duplicate'],
      'not-in-roster': ['not-in-roster'],
      skipped: [],
    };
    const notes = merged.outcome.report.notes.map((n) => n.zh).join('\n');
    for (const entry of entries) {
      if (entry.mergeStatus === 'skipped') {
        const line = notes.split('\n').find((l) => l.includes(`已跳过 ${entry.file}`));
        if (!line) problems.push(`${entry.file}: no skip note`);
        else for (const word of entry.keywords) if (!line.includes(word)) problems.push(`${entry.file}: skip note lacks “${word}”`);
        if (recordOf(entry.file)) problems.push(`${entry.file}: skipped yet read`);
        continue;
      }
      const record = recordOf(entry.file);
      const status = statusOf(entry.file);
      if (!record || !status) {
        problems.push(`${entry.file}: no file record or status line`);
        continue;
      }
      if (!fileOutcome[entry.mergeStatus].includes(record.outcome)) problems.push(`${entry.file}: file outcome ${record.outcome} for ${entry.mergeStatus}`);
      if (status.status !== entry.mergeStatus) problems.push(`${entry.file}: status ${status.status}, expected ${entry.mergeStatus}`);
      // The same deciding issue, word for word, as unionstat check gave.
      const fromCheck = checked.files.find((f) => f.file === entry.file)!;
      const issueInCheck = decidingIssue(entry, fromCheck.issues);
      if (issueInCheck) {
        const same = record.issues.find((i) => i.code === issueInCheck.code && i.cell === issueInCheck.cell && i.message.zh === issueInCheck.message.zh);
        if (!same) problems.push(`${entry.file}: merge does not carry check's “${issueInCheck.message.zh}”`);
      }
      if (entry.mergeStatus === 'duplicate') {
        const dup = record.issues.find((i) => i.code === 'merge.duplicate-unit');
        if (!dup) problems.push(`${entry.file}: no duplicate issue`);
        else for (const word of entry.keywords) if (!zhText(dup).includes(word)) problems.push(`${entry.file}: duplicate message lacks “${word}”`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists a file that cannot be read as exactly one status line, never a crash', () => {
    const unreadable = entries.filter((e) => e.mergeStatus === 'unreadable');
    const lines = merged.outcome.report.statuses.filter((s) => s.status === 'unreadable');
    expect(lines.map((l) => l.files)).toEqual(expect.arrayContaining(unreadable.map((e) => [e.file])));
    expect(lines).toHaveLength(unreadable.length);
    expect(merged.outcome.exitCode).toBe(1);
  });

  it('sums only the accepted files', () => {
    const accepted = entries.filter((e) => e.mergeStatus === 'reported' || e.mergeStatus === 'needs-explanation');
    expect(merged.outcome.report.summary.total.units).toBe(accepted.length);
  });

  it('writes no stack trace and no unfilled placeholder anywhere', () => {
    expect(merged.all).not.toMatch(STACK_FRAME);
    for (const name of readdirSync(out).filter((n) => /\.(md|html|csv|json)$/.test(n))) {
      const text = readFileSync(join(out, name), 'utf8');
      expect({ name, stack: STACK_FRAME.test(text) }).toEqual({ name, stack: false });
    }
    for (const f of merged.outcome.report.files) for (const i of f.issues) expect(`${i.message.zh} ${i.message.en}`).not.toMatch(UNFILLED_PLACEHOLDER);
  });

  it('leaves every input byte-identical, and a second run gives the same figures', async () => {
    expect(hashTree(corpus)).toEqual(before);
    const again = await merge([corpus], rosterPath, join(root, 'out-corpus-2'));
    expect(again.outcome.report.summary).toEqual(merged.outcome.report.summary);
    expect(again.outcome.report.statuses).toEqual(merged.outcome.report.statuses);
    expect(readFileSync(join(root, 'out-corpus-2', '汇总数据.csv'), 'utf8')).toBe(readFileSync(join(out, '汇总数据.csv'), 'utf8'));
  }, 120_000);
});

describe('a batch of every hostile file plus the valid samples', () => {
  it('still produces the summary of the valid samples alone', async () => {
    const samples = join(repoRoot, 'samples', 'submissions', String(CORPUS_YEAR));
    const sampleRoster = join(repoRoot, 'samples', 'roster.csv');
    const batch = join(root, 'batch');
    mkdirSync(batch);
    cpSync(samples, join(batch, 'samples'), { recursive: true });
    cpSync(corpus, join(batch, 'hostile'), { recursive: true });
    const before = hashTree(batch);

    const alone = await merge([samples], sampleRoster, join(root, 'out-samples'));
    const mixed = await merge([batch], sampleRoster, join(root, 'out-batch'));

    expect(mixed.outcome.report.summary.total).toEqual(alone.outcome.report.summary.total);
    expect(mixed.outcome.report.summary.byKind).toEqual(alone.outcome.report.summary.byKind);
    // Every roster unit keeps its status; the hostile files only add lines of their own.
    const rosterLines = (o: MergeOutcome) => o.report.statuses.filter((s) => s.kind).map((s) => [s.code, s.status, s.counts]);
    expect(rosterLines(mixed.outcome)).toEqual(rosterLines(alone.outcome));
    const hostileFiles = mixed.outcome.report.files.filter((f) => f.file.startsWith('hostile/'));
    expect(hostileFiles.filter((f) => f.outcome === 'accepted')).toEqual([]);
    expect(mixed.all).not.toMatch(STACK_FRAME);
    expect(hashTree(batch)).toEqual(before);
  }, 180_000);
});
