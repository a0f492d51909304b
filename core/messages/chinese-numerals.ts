/** 一 to 十, for numbering the parts of a table or document (`一、组织建设`); callers decide past ten. */
export const CHINESE_NUMERALS: readonly string[] = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
