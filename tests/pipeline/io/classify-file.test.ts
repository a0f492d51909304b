import { strToU8, zipSync } from 'fflate';
import { classifyWorkbookBytes, compoundFileStreamNames } from '../../../core/xlsx/classify-file.js';
import { compoundFile } from '../../fixtures/hostile/raw-xlsx.js';

const code = (bytes: Uint8Array, name = '报表.xlsx') => classifyWorkbookBytes(bytes, name)?.code;

describe('classifyWorkbookBytes', () => {
  test('a zip (or an empty zip) goes on to the reader', () => {
    expect(code(zipSync({ 'a.txt': strToU8('x') }))).toBeUndefined();
    expect(code(zipSync({}))).toBeUndefined();
  });

  test('an empty file, a lock file and a file over the size limit', () => {
    const empty = classifyWorkbookBytes(new Uint8Array(), '城区.xlsx');
    expect(empty?.code).toBe('file.empty');
    expect(empty?.message.zh).toContain('城区.xlsx');
    expect(empty?.severity).toBe('hard');
    expect(code(strToU8('\u0005张三'), '~$城区.xlsx')).toBe('file.lock-file');
    const big = classifyWorkbookBytes(zipSync({ 'a.txt': new Uint8Array(4096) }, { level: 0 }), 'big.xlsx', { maxFileBytes: 1024 });
    expect(big?.code).toBe('file.too-large');
    expect(big?.values).toMatchObject({ file: 'big.xlsx', limit: '1 KiB' });
  });

  test('an OLE2 file with EncryptionInfo/EncryptedPackage streams is an encrypted xlsx', () => {
    const encrypted = compoundFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']);
    expect(compoundFileStreamNames(encrypted)).toEqual(new Set(['root entry', 'encryptioninfo', 'encryptedpackage', '\u0006dataspaces']));
    expect(code(encrypted)).toBe('file.encrypted');
  });

  test('other OLE2 files: WPS .et by extension or vendor streams, else old .xls', () => {
    const xls = compoundFile(['Workbook', '\u0005SummaryInformation']);
    expect(code(xls, '城区.xls')).toBe('file.xls-binary');
    expect(code(xls, '城区.xlsx')).toBe('file.xls-binary');
    expect(code(xls, '城区.et')).toBe('file.wps-et');
    expect(code(compoundFile(['Workbook', 'WpsCustomData']), '城区.xlsx')).toBe('file.wps-et');
  });

  test('a damaged OLE2 directory falls back to scanning for the encryption stream names', () => {
    const encrypted = compoundFile(['EncryptionInfo', 'EncryptedPackage']);
    new DataView(encrypted.buffer).setUint16(0x1e, 7, true); // impossible sector size
    expect(code(encrypted)).toBe('file.encrypted');
  });

  test('text renamed to .xlsx: CSV in UTF-8 or GBK, tab-separated UTF-16, HTML', () => {
    expect(code(strToU8('代码,指标名称,本年\nA01,应建会单位数,120\n'))).toBe('file.text-not-workbook');
    // "代码,本年" in GBK
    expect(code(Uint8Array.from([0xb4, 0xfa, 0xc2, 0xeb, 0x2c, 0xb1, 0xbe, 0xc4, 0xea, 0x0a]))).toBe('file.text-not-workbook');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('A01\t12').flatMap((ch) => [ch.charCodeAt(0), 0])]);
    expect(code(utf16)).toBe('file.text-not-workbook');
    expect(code(strToU8('<html><body><table><tr><td>1</td></tr></table></body></html>'))).toBe('file.text-not-workbook');
  });

  test('anything else is not a zip', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(code(png)).toBe('file.not-zip');
    expect(code(Uint8Array.from([0x50, 0x4b, 0x07, 0x08, 0, 0, 0, 0]))).toBe('file.not-zip');
  });
});
