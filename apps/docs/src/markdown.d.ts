/** Markdown files, converted to HTML at build time by the `bdw-markdown` plugin in vite.config.ts. */
declare module '*.md' {
  const html: string;
  export default html;
}
