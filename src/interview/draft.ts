/** The answers gathered so far: plain data shaped like the answers file, possibly incomplete. */
export type Draft = Record<string, unknown>;
export type Path = (string | number)[];

/** `partners.0.name`: the key the interview uses to remember which questions were answered. */
export function pathKey(path: Path): string {
  return path.join('.');
}

/** `partners[].name`: the key of the tables in sections.ts, the same for every list item. */
export function patternOf(path: Path): string {
  return path
    .map((p) => (typeof p === 'number' ? '[]' : p))
    .join('.')
    .replace(/\.\[\]/g, '[]');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function getIn(root: unknown, path: Path): unknown {
  let current = root;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isRecord(current)) current = current[key];
    else return undefined;
  }
  return current;
}

/** Sets a value, creating the objects on the way (arrays must already exist). */
export function setIn(root: Draft, path: Path, value: unknown): void {
  let current: unknown = root;
  path.forEach((key, i) => {
    const last = i === path.length - 1;
    const holder = current as Record<string | number, unknown>;
    if (last) {
      holder[key] = value;
      return;
    }
    if (holder[key] === undefined || holder[key] === null || typeof holder[key] !== 'object') {
      holder[key] = typeof path[i + 1] === 'number' ? [] : {};
    }
    current = holder[key];
  });
}
