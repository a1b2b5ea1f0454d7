#!/usr/bin/env node
// The installed command: runs the built command line (npm's prepare step builds dist/ with tsc -b).
import '../dist/cli/main.js';
