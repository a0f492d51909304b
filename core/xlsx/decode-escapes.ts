/**
 * Decodes OOXML's `_xHHHH_` escapes (ST_Xstring): `_x000D_` is a carriage
 * return, `_x005F_` a literal underscore, so `_x005F_x000D_` stays the text
 * `_x000D_`.
 */
export function decodeEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
