/** A .docx imported by the 汇总 page's build: webpack inlines it as a data: URL (asset/inline, webpack.config.js). */
declare module '*.docx' {
  const dataUrl: string;
  export default dataUrl;
}
