import { z } from 'zod';

/*
 * The roster's shape. Row-level faults are found and worded (core/messages,
 * roster-messages) by rosterFromRecords before these schemas run; the
 * schemas hold the shape for code that builds a roster itself.
 */

/** A unit that must submit: identified by the code in its workbook's header, never by file name. */
export const RosterUnit = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .transform((s) => s.toUpperCase()),
  name: z.string().trim().min(1).max(200),
  parent: z.string().trim().max(40).default(''),
  /** The roster's own category: 县区 / 直属 / 产业 in a city, 市 / 省直 / 产业 in a province, or any other it uses. */
  kind: z.string().trim().min(1).max(20),
});
export type RosterUnit = z.infer<typeof RosterUnit>;

export const Federation = z.object({
  code: z.string().trim().min(1).transform((s) => s.toUpperCase()),
  name: z.string().trim().min(1),
  /** How report sentences name the whole area: 全市, 全省, 全区, 全县. */
  scope: z.string().trim().min(1),
  /** The federation's own 填报人, 联系电话 and 单位负责人, from its 本级 row: the header of its 汇总 sheet. */
  preparer: z.string().trim().min(1).max(50).optional(),
  phone: z.string().trim().min(1).max(50).optional(),
  head: z.string().trim().min(1).max(50).optional(),
});
export type Federation = z.infer<typeof Federation>;

export const Roster = z
  .object({ federation: Federation, units: z.array(RosterUnit).min(1) })
  .superRefine((roster, ctx) => {
    const seen = new Set<string>();
    roster.units.forEach((u, i) => {
      if (seen.has(u.code)) ctx.addIssue({ code: 'custom', path: ['units', i, 'code'], message: `duplicate unit code ${u.code}` });
      seen.add(u.code);
    });
  });
export type Roster = z.infer<typeof Roster>;

/** The roster's categories in the order it first lists them: the order of the subtotals. */
export function rosterKinds(roster: Pick<Roster, 'units'>): string[] {
  return [...new Set(roster.units.map((u) => u.kind))];
}

/** 示例市总工会 → 全市; 某某省总工会 → 全省; a 区/县 union → 全区/全县. */
export function scopeOf(federationName: string): string {
  const m = /(省|自治区|市|州|盟|区|县|旗)(?:总工会|工会)/.exec(federationName);
  if (!m) return '全市';
  return m[1] === '自治区' ? '全区' : `全${m[1]}`;
}
