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
  const hint = d.hint ? `\n    hint: ${visible(d.hint)}` : '';
  return `${visible(where ? `${where}  ` : '')}${prefix}${visible(what)}${hint}`;
}

/**
 * Text from an input file made safe for a terminal: control characters (escape codes that could
 * clear the screen or retitle the window), bidirectional overrides and noncharacters are shown as
 * `\u001b`, never sent raw.
 */
export function visible(text: string): string {
  return text.replace(
    /(?![\t\n])\p{Cc}|\p{Noncharacter_Code_Point}|[\u202a-\u202e\u2066-\u2069]/gu,
    (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`,
  );
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
