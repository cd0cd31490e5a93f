// Run by the determinism test in a child process (possibly in another time zone): writes the
// sample document and prints its bytes as base64.
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { sampleDocument } from '../fixtures/sample-document.js';

const { bytes } = await writeDocx(sampleDocument(), defaultWriteOptions);
process.stdout.write(Buffer.from(bytes).toString('base64'));
