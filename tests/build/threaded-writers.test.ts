import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPacketFromFile } from '../../src/build.js';
import { outputFileName } from '../../src/build/file-names.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { tempDir } from '../support/cli.js';

const example = 'examples/harlan-county-rural.yaml';
const only = ['consent-to-release', 'information-sharing-agreement', 'training-plan'];

// The bundle writes Word on a worker thread while it writes PDF (when there is a second core);
// each file must still hold its own document, byte for byte what the writer gives in-process.
describe('writing Word on a second thread', () => {
  it('should give each document the same bytes as writing it on one thread', async () => {
    expect(existsSync('dist/writers/write-worker.js'), 'run npm run build first').toBe(true);
    if (availableParallelism() < 2) console.warn('one core: the bundle writes on one thread here');
    const out = tempDir();
    execFileSync('node', ['bin/pmhc.js', 'build', example, '--out', out, '--only', only.join(',')], {
      stdio: 'ignore',
    });
    const packet = await renderPacketFromFile(example, { only });
    expect(packet.documents).toHaveLength(only.length);
    for (const { template, document } of packet.documents) {
      const file = outputFileName(packet.answers.jurisdiction.name, template.meta.id, 'docx');
      const expected = (await writeDocx(document, defaultWriteOptions)).bytes;
      expect(Buffer.from(readFileSync(join(out, file))).equals(Buffer.from(expected)), file).toBe(true);
    }
  });
});
