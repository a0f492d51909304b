import { z } from 'zod';

/** A unit that must submit: identified by the code in its workbook's header, never by file name. */
export const RosterUnit = z.object({
  code: z
    .string()
    .trim()
    .min(1, '单位代码不能为空 / the unit code is empty')
    .max(40)
    .transform((s) => s.toUpperCase()),
  name: z.string().trim().min(1, '单位名称不能为空 / the unit name is empty').max(200),
  parent: z.string().trim().max(40).default(''),
  kind: z.enum(['县区', '直属', '产业'], { message: '类别应为 县区、直属 或 产业 / kind must be 县区, 直属 or 产业' }),
});
export type RosterUnit = z.infer<typeof RosterUnit>;

export const Federation = z.object({
  code: z.string().trim().min(1).transform((s) => s.toUpperCase()),
  name: z.string().trim().min(1),
  /** How report sentences name the whole area: 全市, 全省, 全区, 全县. */
  scope: z.string().trim().min(1),
});
export type Federation = z.infer<typeof Federation>;

export const Roster = z
  .object({ federation: Federation, units: z.array(RosterUnit).min(1, '名册中没有需要报送的单位 / the roster lists no units') })
  .superRefine((roster, ctx) => {
    const seen = new Map<string, number>();
    roster.units.forEach((u, i) => {
      if (seen.has(u.code)) {
        ctx.addIssue({ code: 'custom', path: ['units', i, 'code'], message: `单位代码 ${u.code} 在名册中重复（第 ${seen.get(u.code)! + 1} 个单位已使用） / duplicate unit code ${u.code}` });
      }
      seen.set(u.code, i);
    });
  });
export type Roster = z.infer<typeof Roster>;

/** 示例市总工会 → 全市; 某某省总工会 → 全省; a 区/县 union → 全区/全县. */
export function scopeOf(federationName: string): string {
  const m = /(省|自治区|市|州|盟|区|县|旗)(?:总工会|工会)/.exec(federationName);
  if (!m) return '全市';
  return m[1] === '自治区' ? '全区' : `全${m[1]}`;
}
