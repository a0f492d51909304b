import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { at, child, childrenNamed, descendants, parseXml, type XmlElement } from './xml-tree.js';

const root = process.cwd();
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const OFFICE_APP = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const OVERRIDES = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const DEV_ORIGIN = 'https://localhost:3000';

const xml = readFileSync(join(root, 'manifests/manifest.xml'), 'utf8');
const app = parseXml(xml);
const xsiType = (el: XmlElement) => el.nsAttributes[`{${XSI}}type`];
/** Microsoft's published schema does not ship in any installed package; the order below is its OfficeApp sequence. */
const OFFICE_APP_ORDER = [
  'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
  'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
  'AllowSnapshot', 'VersionOverrides',
];

function resources(kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings'): Map<string, XmlElement> {
  const list = at(app, 'VersionOverrides', 'Resources', kind);
  return new Map(list.children.map((el) => [el.attributes.id, el]));
}

/** Every URL the manifest names, with where. */
function allUrls(): { where: string; url: string }[] {
  const urls: { where: string; url: string }[] = [];
  for (const el of descendants(app)) {
    const value = el.attributes.DefaultValue;
    if (value?.startsWith('http')) urls.push({ where: `${el.local}#${el.attributes.id ?? ''}`, url: value });
    if (el.local === 'AppDomain') urls.push({ where: 'AppDomain', url: el.text.trim() });
  }
  return urls;
}

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('manifests/manifest.xml', () => {
  it('is well-formed XML (a strict parser reads it) and a TaskPaneApp', () => {
    expect(app.local).toBe('OfficeApp');
    expect(app.uri).toBe(OFFICE_APP);
    expect(xsiType(app)).toBe('TaskPaneApp');
    expect(() => parseXml(xml.replace('</Hosts>', '</Host>'))).toThrow();
  });

  it('has the elements Excel needs, in the schema’s order', () => {
    const names = app.children.map((c) => c.local);
    const order = names.map((n) => OFFICE_APP_ORDER.indexOf(n));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const required of ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides']) {
      expect(names).toContain(required);
    }
    expect(child(app, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(app, 'Version').text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(app, 'ProviderName').text.trim()).not.toBe('');
    expect(child(app, 'DefaultLocale').text).toBe('en-US');
    expect(childrenNamed(at(app, 'Hosts'), 'Host').map((h) => h.attributes.Name)).toEqual(['Workbook']);
    expect(child(app, 'Permissions').text).toBe('ReadWriteDocument');
    expect(at(app, 'DefaultSettings', 'SourceLocation').attributes.DefaultValue).toBe(`${DEV_ORIGIN}/taskpane.html`);
  });

  it('asks for ExcelApi 1.1 only, so perpetual Office 2016 loads it', () => {
    const sets = at(app, 'Requirements', 'Sets');
    expect(childrenNamed(sets, 'Set').map((s) => [s.attributes.Name, s.attributes.MinVersion])).toEqual([['ExcelApi', '1.1']]);
  });

  it('names itself in Chinese for zh-CN Office', () => {
    for (const name of ['DisplayName', 'Description']) {
      const el = child(app, name);
      expect(el.attributes.DefaultValue).toBeTruthy();
      const zh = childrenNamed(el, 'Override').find((o) => o.attributes.Locale === 'zh-CN');
      expect(zh?.attributes.Value).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(childrenNamed(child(app, 'DisplayName'), 'Override')[0].attributes.Value).toBe('工会统计助手');
  });

  it('puts a 审核本表 button on the Home tab that opens the pane and runs the check', () => {
    const overrides = child(app, 'VersionOverrides');
    expect(overrides.uri).toBe(OVERRIDES);
    expect(xsiType(overrides)).toBe('VersionOverridesV1_0');
    const host = at(overrides, 'Hosts', 'Host');
    expect(xsiType(host)).toBe('Workbook');
    const desktop = child(host, 'DesktopFormFactor');
    expect(resources('Urls').get(child(desktop, 'FunctionFile').attributes.resid)?.attributes.DefaultValue).toBe(`${DEV_ORIGIN}/commands.html`);
    const point = child(desktop, 'ExtensionPoint');
    expect(xsiType(point)).toBe('PrimaryCommandSurface');
    const tab = child(point, 'OfficeTab');
    expect(tab.attributes.id).toBe('TabHome');
    const button = childrenNamed(child(tab, 'Group'), 'Control').find((c) => xsiType(c) === 'Button');
    expect(button).toBeDefined();
    const label = resources('ShortStrings').get(child(button!, 'Label').attributes.resid)!;
    expect(childrenNamed(label, 'Override').find((o) => o.attributes.Locale === 'zh-CN')?.attributes.Value).toBe('审核本表');
    const action = child(button!, 'Action');
    expect(xsiType(action)).toBe('ShowTaskpane');
    const url = resources('Urls').get(child(action, 'SourceLocation').attributes.resid)?.attributes.DefaultValue;
    expect(url).toBe(`${DEV_ORIGIN}/taskpane.html?autorun=1`);
  });

  it('resolves every resid to a resource of the right kind, within Office’s length limits', () => {
    const kindOf: Record<string, 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings'> = {
      Image: 'Images', FunctionFile: 'Urls', SourceLocation: 'Urls', LearnMoreUrl: 'Urls', Label: 'ShortStrings', Title: 'ShortStrings', Description: 'LongStrings',
    };
    const refs = [...descendants(child(app, 'VersionOverrides'))].filter((el) => el.attributes.resid);
    expect(refs.length).toBeGreaterThan(10);
    for (const el of refs) {
      const kind = kindOf[el.local];
      expect([el.local, kind]).toEqual([el.local, expect.any(String)]);
      expect([el.attributes.resid, resources(kind).has(el.attributes.resid)]).toEqual([el.attributes.resid, true]);
    }
    for (const [kind, max] of [['ShortStrings', 125], ['LongStrings', 250]] as const) {
      for (const s of resources(kind).values()) {
        const texts = [s.attributes.DefaultValue, ...childrenNamed(s, 'Override').map((o) => o.attributes.Value)];
        for (const text of texts) expect(text.length).toBeLessThanOrEqual(max);
      }
    }
    for (const el of descendants(at(app, 'VersionOverrides', 'Resources'))) {
      if (el.local === 'Image' || el.local === 'Url' || el.local === 'String') expect(el.uri).toBe(BT);
    }
  });

  it('has its icons, at the sizes it declares', () => {
    const images = resources('Images');
    for (const el of descendants(child(app, 'VersionOverrides'))) {
      if (el.local !== 'Image' || !el.attributes.size) continue;
      const url = images.get(el.attributes.resid)!.attributes.DefaultValue;
      const file = join(root, 'manifests/assets', url.slice(url.lastIndexOf('/') + 1));
      expect(existsSync(file)).toBe(true);
      const size = Number(el.attributes.size);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    for (const [name, size] of [['IconUrl', 32], ['HighResolutionIconUrl', 64]] as const) {
      const url = child(app, name).attributes.DefaultValue;
      expect(pngSize(join(root, 'manifests/assets', url.slice(url.lastIndexOf('/') + 1)))).toEqual({ width: size, height: size });
    }
  });

  it('points every URL at one https origin, to pages and files the build produces', async () => {
    const urls = allUrls();
    expect(urls.length).toBeGreaterThan(8);
    for (const { url } of urls) expect(new URL(url).origin).toBe(DEV_ORIGIN);
    const { default: webpackConfig } = await import('../../webpack.config.js');
    const config = await webpackConfig({}, { mode: 'production' });
    const pages = (config.plugins ?? [])
      .map((p) => (p as { userOptions?: { filename?: string } }).userOptions?.filename)
      .filter((f): f is string => typeof f === 'string');
    expect(pages.sort()).toEqual(['check.html', 'commands.html', 'taskpane.html']);
    for (const { url } of urls) {
      const path = new URL(url).pathname.slice(1);
      if (path === '') continue;
      if (path.startsWith('assets/')) expect(existsSync(join(root, 'manifests', path))).toBe(true);
      else expect(pages).toContain(path);
    }
  });

  it('is rewritten for an intranet host by ADDIN_URL, with no localhost left', async () => {
    const { rewriteManifest } = await import('../../webpack.config.js');
    const rewritten = rewriteManifest(xml, 'https://stats.example.gov.cn/union-stats');
    expect(rewritten).not.toContain('localhost');
    const again = parseXml(rewritten);
    expect(at(again, 'DefaultSettings', 'SourceLocation').attributes.DefaultValue).toBe('https://stats.example.gov.cn/union-stats/taskpane.html');
    expect(at(again, 'AppDomains', 'AppDomain').text).toBe('https://stats.example.gov.cn');
    expect(rewriteManifest(xml, undefined)).toBe(xml);
  });
});
