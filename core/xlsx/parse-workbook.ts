import { attribute, isSpreadsheetMl, relationshipId, withXmlFallback, type XmlParser } from './parse-xml.js';

export interface WorkbookSheetEntry {
  name: string;
  relationshipId: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export interface WorkbookPart {
  sheets: WorkbookSheetEntry[];
  /** Serial dates count from 1904 (old Mac workbooks) instead of 1900. */
  date1904: boolean;
  /** Whether the root element is `<workbook>` (a .docx's main part is not). */
  isWorkbook: boolean;
}

/** Sheet names, their relationship ids and visibility from `workbook.xml`. Throws ReadRefusal. */
export function parseWorkbook(xml: string, fileName: string, part: string): WorkbookPart {
  return withXmlFallback((parse) => readWorkbookPart(parse, xml, fileName, part));
}

function readWorkbookPart(parse: XmlParser, xml: string, fileName: string, part: string): WorkbookPart {
  const result: WorkbookPart = { sheets: [], date1904: false, isWorkbook: false };
  let depth = 0;
  parse(xml, fileName, part, {
    open(name, attributes, _selfClosing, namespace) {
      // saxes reports a close for self-closing tags too, so depth stays balanced.
      depth++;
      if (!isSpreadsheetMl(namespace)) return;
      if (depth === 1 && name === 'workbook') result.isWorkbook = true;
      if (name === 'sheet') {
        const state = attribute(attributes, 'state');
        result.sheets.push({
          name: attribute(attributes, 'name') ?? '',
          relationshipId: relationshipId(attributes) ?? '',
          state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
        });
      } else if (name === 'workbookPr') {
        const value = attribute(attributes, 'date1904');
        result.date1904 = value === '1' || value === 'true';
      }
    },
    close() {
      depth--;
    },
  });
  return result;
}
