// node --import ./tests/support/module-log.mjs ...: logs the modules loaded (module-log-hooks.mjs).
import { register } from 'node:module';

register('./module-log-hooks.mjs', import.meta.url);
