/** One problem found in a user's input or templates, located as precisely as we can. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  /** What is wrong and what was expected, e.g. "expected one of covered-entity, hybrid-entity". */
  message: string;
  /** The file it concerns, as the user named it. */
  file?: string;
  /** 1-based line and column. */
  line?: number;
  column?: number;
  /** The field, e.g. `partners[1].hipaa_status`. */
  path?: string;
  /** What to do about it. */
  hint?: string;
}

/** `file:line:col  path: message (hint)`: the one way diagnostics are printed. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.file ? [d.file, d.line, d.column].filter((x) => x !== undefined).join(':') : '';
  const what = d.path ? `${d.path}: ${d.message}` : d.message;
  const prefix = d.severity === 'warning' ? 'warning: ' : '';
  const hint = d.hint ? `\n    hint: ${d.hint}` : '';
  return `${where ? `${where}  ` : ''}${prefix}${what}${hint}`;
}

/** `partners[1].hipaa_status` from `['partners', 1, 'hipaa_status']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
