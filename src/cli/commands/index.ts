import type { Command } from '../command.js';
import { buildCommand } from './build.js';
import { interviewCommand } from './interview.js';
import { validateCommand } from './validate.js';
import { schemaCommand } from './schema.js';
import { diffCommand } from './diff.js';
import { adoptCommand } from './adopt.js';
import { initCommand } from './init.js';
import { textconvCommand } from './textconv.js';
import { assessCommand } from './assess.js';
import { lawCommand } from './law.js';
import { templatesCommand } from './templates.js';

/** Every `pmhc <verb>`, in the order `pmhc --help` lists them. */
export const commands: Command[] = [
  interviewCommand,
  buildCommand,
  assessCommand,
  validateCommand,
  schemaCommand,
  diffCommand,
  adoptCommand,
  initCommand,
  textconvCommand,
  lawCommand,
  templatesCommand,
];
