// CommonJS modules: `hyphenateSync` inserts `hyphenChar` (default U+00AD) at each break point.
declare module 'hyphen/en-us' {
  const hyphen: { hyphenateSync(text: string, options?: { hyphenChar?: string }): string };
  export default hyphen;
}
declare module 'hyphen/es' {
  const hyphen: { hyphenateSync(text: string, options?: { hyphenChar?: string }): string };
  export default hyphen;
}
