import { strFromU8, unzipSync } from 'fflate';

/**
 * Every part of an .xlsx or .docx package as text, by name, except
 * docProps/core.xml (it holds the time of writing): two packages built from the
 * same report compare equal with toEqual.
 */
export function partsExceptCoreProperties(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.keys(files)
      .filter((name) => name !== 'docProps/core.xml')
      .sort()
      .map((name) => [name, strFromU8(files[name])]),
  );
}
