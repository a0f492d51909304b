// Stands in for `archiver` in the 汇总 page's bundle: exceljs's WorkbookWriter makes an archive in its
// constructor, which report/parts-workbook.ts replaces at once with its own collector of parts (zipped by
// fflate). What the constructor and the first appends call on it is here; nothing is ever written to it.
module.exports = function archiverStandIn() {
  return { pipe() {}, append() {}, on() {}, finalize() {} };
};
