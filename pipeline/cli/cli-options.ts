import { z } from 'zod';
import { cliMessages, cliText, type CliMessageCode } from '../../core/messages/cli-messages.js';
import { CliError } from './cli-error.js';

/** 年报 / 上半年 (or annual / half) → the spec's period key. */
export const PeriodOption = z
  .string()
  .transform((s, ctx) => {
    const v = s.trim().toLowerCase();
    if (['年报', '全年', '年度', 'annual', 'year'].includes(v)) return 'annual' as const;
    if (['上半年', '半年', '半年报', 'half', 'h1'].includes(v)) return 'half' as const;
    ctx.addIssue({ code: 'custom', message: `统计期应为“年报”或“上半年”，收到“${s}” / period must be 年报 or 上半年` });
    return z.NEVER;
  });

export const YearOption = z.coerce
  .number({ message: '年度应为四位数字 / the year must be a number' })
  .int('年度应为整数 / the year must be whole')
  .min(1990, '年度应在 1990 以后 / year after 1990')
  .max(2100, '年度应在 2100 以前 / year before 2100');

export const ReaderOption = z.enum(['fast', 'exceljs'], { message: '读取方式应为 fast 或 exceljs / reader must be fast or exceljs' });

export const JobsOption = z.coerce.number().int().min(0).max(64);

/** One `--use 单位代码=文件路径`: the file the staff chose for a unit that sent differing files. */
export const UseOption = z.string().transform((s, ctx) => {
  const m = /^\s*([^=\s][^=]*?)\s*=\s*(\S.*?)\s*$/.exec(s);
  if (!m) {
    ctx.addIssue({ code: 'custom', message: 'cli.use-format', params: { value: s } });
    return z.NEVER;
  }
  return { unitCode: m[1].toUpperCase(), path: m[2] };
});

/** Every `--use`, at most one per unit. */
export const UseOptions = z.array(UseOption).superRefine((uses, ctx) => {
  const seen = new Set<string>();
  for (const u of uses) {
    if (seen.has(u.unitCode)) ctx.addIssue({ code: 'custom', message: 'cli.use-twice', params: { unitCode: u.unitCode } });
    seen.add(u.unitCode);
  }
});

/** Validates parsed options; a bad value stops with exit 2 and names the option. */
export function parseOptions<T extends z.ZodTypeAny>(schema: T, raw: unknown): z.infer<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const word = (lang: 'zh' | 'en') =>
    result.error.issues
      .map((i) => {
        // A message that is not a code says both languages as `zh / en`: each language gets its half.
        const [zh, en] = i.message.split(' / ');
        const text = i.message in cliMessages ? cliText(i.message as CliMessageCode, (i as { params?: Record<string, string> }).params)[lang] : lang === 'en' ? (en ?? zh) : zh;
        return `  --${i.path.filter((p) => typeof p === 'string').join('.')}: ${text}`;
      })
      .join('\n');
  throw new CliError(`${cliText('cli.invalid-options').zh}\n${word('zh')}`, `${cliText('cli.invalid-options').en}\n${word('en')}`);
}
