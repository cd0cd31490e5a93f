import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildPacket, renderPacketFromFile } from '../../src/build.js';
import { outputFileName } from '../../src/build/file-names.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { tempDir } from '../support/cli.js';
import { dejavuSans } from '../pdf/helpers.js';

// Counts the PDF layouts made: the Word writer follows the PDF's page breaks (signature-page
// captions, split tables), and takes them from the PDF writer's layout rather than making its own.
const laidOut: string[] = [];
vi.mock('../../src/writers/pdf/layout.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/writers/pdf/layout.js')>();
  return {
    ...original,
    layoutDocument: (...args: Parameters<typeof original.layoutDocument>) => {
      laidOut.push(args[0].meta.id);
      return original.layoutDocument(...args);
    },
  };
});

const example = 'examples/riverbend-city.yaml';
// Both need the layout in Word: signature blocks whose page the PDF captions.
const only = ['cit-mou', 'information-sharing-agreement'];

async function build(formats: ('md' | 'docx' | 'pdf')[], fallbackFonts: string[] = []) {
  const outDir = tempDir();
  laidOut.length = 0;
  await buildPacket({
    answersFile: example,
    outDir,
    formats,
    only,
    singleThread: true,
    writeOptions: { fallbackFonts },
  });
  return outDir;
}

describe('one layout a document, for its PDF and its Word file', () => {
  it('should lay each document out once when both are written, with the Word bytes its own layout gives', async () => {
    const out = await build(['md', 'docx', 'pdf']);
    expect(laidOut.sort()).toEqual([...only].sort());
    const packet = await renderPacketFromFile(example, { only });
    for (const { template, document } of packet.documents) {
      const file = outputFileName(packet.answers.jurisdiction.name, template.meta.id, 'docx');
      laidOut.length = 0;
      const alone = await writeDocx(document, defaultWriteOptions);
      expect(laidOut, 'the Word writer alone lays the document out itself').toEqual([template.meta.id]);
      expect(Buffer.from(readFileSync(join(out, file))).equals(Buffer.from(alone.bytes)), file).toBe(true);
    }
  });

  it('should let the Word writer lay out itself when the PDF sets other fonts too, or is not written', async () => {
    await build(['docx', 'pdf'], [dejavuSans]);
    expect(laidOut.sort()).toEqual([...only, ...only].sort());
    await build(['docx']);
    expect(laidOut.sort()).toEqual([...only].sort());
  });
});
