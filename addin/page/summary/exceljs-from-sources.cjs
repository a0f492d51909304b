// `exceljs` in the 汇总 page's bundle: its Workbook and enums from its sources (lib/), as its own
// lib/exceljs.browser.js gives them but without that file's polyfills (the page's Babel adds what its
// targets need) and regenerator (its targets run async functions natively). The prebuilt
// dist/exceljs.min.js would carry a second, 1 MB copy of the xforms the streaming writer already brings.
const Workbook = require('exceljs/lib/doc/workbook');
const Enums = require('exceljs/lib/doc/enums');

module.exports = Object.assign({ Workbook }, Enums);
