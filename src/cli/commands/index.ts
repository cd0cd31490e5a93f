import type { Command } from '../command.js';
import { buildCommand } from './build.js';
import { validateCommand } from './validate.js';
import { schemaCommand } from './schema.js';
import { diffCommand } from './diff.js';

/** Every `pmhc <verb>`, in the order `pmhc --help` lists them. */
export const commands: Command[] = [buildCommand, validateCommand, schemaCommand, diffCommand];
