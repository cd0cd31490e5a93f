import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The package's own templates folder, which an agency's templates/ folder is laid over. */
export function packageTemplatesDir(): string {
  return join(packageRoot(), 'templates');
}

/** The folder holding pmhc-docs' package.json, whether we run from src/ (tests) or dist/ (the bin). */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'templates'))) {
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error('cannot find the pmhc-docs package folder (templates/ missing), please report');
    dir = parent;
  }
  cached = dir;
  return dir;
}
