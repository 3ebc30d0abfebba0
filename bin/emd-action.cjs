#!/usr/bin/env node
// `npx emd-action`: the CLI bundled beside the action in dist/cli (CommonJS: it starts faster).
require('../dist/cli/index.cjs');
