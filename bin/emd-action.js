#!/usr/bin/env node
// `npx emd-action`: the CLI bundled beside the action in dist/.
import '../dist/cli/index.js';
