#!/usr/bin/env node
// The compiled CLI; `npm ci` builds it (the `prepare` script), or run `npm run build`.
import '../dist/cli/main.js';
