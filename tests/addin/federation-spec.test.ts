import { builtInSpec, loadFallbackSpec, type GetText } from '../../addin/taskpane/federation-spec.js';
import { canonicalJson } from '../../core/spec/spec-fingerprint.js';
import { standardSpec } from '../../core/templates/index.js';
import { changedSpec } from '../support/changed-spec.js';

const globals = globalThis as { UNION_STATS_BUILD_SPEC?: string };

/** A host serving `files` by URL; every request is recorded. */
function host(files: Record<string, string>): GetText & { asked: string[] } {
  const asked: string[] = [];
  const get = async (url: string) => {
    asked.push(url);
    return files[url];
  };
  return Object.assign(get, { asked });
}

describe('the spec a federation sets once for workbooks that carry none', () => {
  afterEach(() => delete globals.UNION_STATS_BUILD_SPEC);

  it('is the standard template in the standard build, and the baked spec in a federation’s build', () => {
    expect(builtInSpec()).toEqual({ spec: standardSpec, origin: 'standard' });
    // What webpack's DefinePlugin puts in place of the identifier (webpack --env spec=…).
    globals.UNION_STATS_BUILD_SPEC = canonicalJson(changedSpec);
    expect(builtInSpec()).toEqual({ spec: changedSpec, origin: 'build' });
  });

  it('is spec.json beside a hosted page when there is one; a file:// page asks for nothing', async () => {
    const served = host({ 'https://tj.example.gov.cn/addin/spec.json': JSON.stringify(changedSpec) });
    expect(await loadFallbackSpec('https://tj.example.gov.cn/addin/taskpane.html?autorun', served)).toEqual({ spec: changedSpec, origin: 'beside' });
    expect(served.asked).toEqual(['https://tj.example.gov.cn/addin/spec.json']);
    const none = host({});
    expect(await loadFallbackSpec('https://tj.example.gov.cn/addin/check.html', none)).toEqual({ spec: standardSpec, origin: 'standard' });
    const local = host({});
    globals.UNION_STATS_BUILD_SPEC = canonicalJson(changedSpec);
    expect(await loadFallbackSpec('file:///C:/Users/tj/Desktop/%E5%AE%A1%E6%A0%B8.html', local)).toEqual({ spec: changedSpec, origin: 'build' });
    expect(local.asked).toEqual([]);
  });

  it('an invalid spec.json is not used, and says why: workbooks without their own spec are then refused', async () => {
    const broken = await loadFallbackSpec('http://intranet/addin/check.html', host({ 'http://intranet/addin/spec.json': '{"id": "x"' }));
    expect(broken.origin).toBe('standard');
    expect(broken.problem?.zh).toBe('本页面旁的指标体系文件 spec.json 无效（不是有效的 JSON），未使用；未自带指标体系的工作簿无法审核。请联系上级技术人员。');
    const invalid = await loadFallbackSpec('http://intranet/addin/check.html', host({ 'http://intranet/addin/spec.json': JSON.stringify({ ...standardSpec, version: 0 }) }));
    expect(invalid.problem?.zh).toBe('本页面旁的指标体系文件 spec.json 无效（1 处错误，第一处在 version），未使用；未自带指标体系的工作簿无法审核。请联系上级技术人员。');
  });
});
