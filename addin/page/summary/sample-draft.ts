// The sample draft travels inside 汇总.html (webpack inlines it as a data: URL), so staff offline can start from it.
import sampleDraftUrl from '@samples/报告草稿.docx';

/** samples/报告草稿.docx, byte for byte. */
export function sampleDraftBytes(): Uint8Array {
  const binary = atob(sampleDraftUrl.slice(sampleDraftUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
