/// <reference types="office-js" />

/**
 * The manifest's FunctionFile. The ribbon's 审核本表 is a ShowTaskpane
 * command (it opens the pane with ?autorun, which checks at once), so the
 * highlights are set and remembered by one runtime, the pane's, which can
 * then clear exactly them. Nothing runs here beyond Office's handshake.
 */
Office.onReady(() => undefined);
