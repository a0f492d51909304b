import { escapeXmlText } from '../xml-escape.js';

/** English Metric Units per CSS pixel (96 dpi) and per twip. */
const EMU_PER_PX = 9525;
const EMU_PER_TWIP = 635;

/** The extension Word 2016+ reads for an SVG picture beside its PNG (ignored by Word 2013 and WPS, which show the PNG). */
const SVG_BLIP_EXT = '{96DAC541-7B7A-43D3-8B79-37D633B846F1}';

export interface OoxmlPicture {
  /** Relationship ids of the PNG (shown by every reader) and of the SVG (Word 2016+, LibreOffice). */
  pngRel: string;
  svgRel: string;
  /** Unique among the document's drawings. */
  id: number;
  name: string;
  /** Size in CSS pixels; drawn no wider than `maxWidth` twips, keeping its proportions. */
  width: number;
  height: number;
  maxWidth: number;
}

/**
 * A paragraph holding one inline picture, centred and kept with the caption that
 * follows it. Namespaces are declared on the elements that use them, so the
 * draft's root need not declare them.
 */
export function ooxmlPictureParagraph(p: OoxmlPicture): string {
  let cx = p.width * EMU_PER_PX;
  let cy = p.height * EMU_PER_PX;
  const max = p.maxWidth * EMU_PER_TWIP;
  if (cx > max) {
    cy = Math.round((cy * max) / cx);
    cx = max;
  }
  const name = escapeXmlText(p.name);
  return (
    '<w:p><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="center"/></w:pPr><w:r><w:drawing>' +
    `<wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="0" distR="0">` +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="${p.id}" name="${name}" descr="${name}"/>` +
    '<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>' +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    `<pic:nvPicPr><pic:cNvPr id="${p.id}" name="${name}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="${p.pngRel}">` +
    `<a:extLst><a:ext uri="${SVG_BLIP_EXT}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="${p.svgRel}"/></a:ext></a:extLst>` +
    '</a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>' +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
  );
}

/** The caption below a picture (图1 各单位建会率), centred, 黑体 五号 as reports set captions. */
export function ooxmlCaptionParagraph(text: string): string {
  return (
    '<w:p><w:pPr><w:spacing w:before="60" w:after="120" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="center"/></w:pPr>' +
    `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="黑体"/><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr><w:t xml:space="preserve">${escapeXmlText(text)}</w:t></w:r></w:p>`
  );
}
