/** The pipeline's entry points (see src/build/). */
export { buildPacket, type BuildOptions, type BuildResult } from './build/build-packet.js';
export {
  renderPacket,
  renderPacketFromFile,
  type RenderedPacket,
  type RenderedDocument,
} from './build/render-packet.js';
