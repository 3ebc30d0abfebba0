import './v8-flags.js';
import { run } from './main.js';

await run();
// Leave as soon as the run is over and its output is out: returning would first free the whole
// heap, which takes tens of milliseconds after a large plan. Nothing is left running by then.
for (const stream of [process.stdout, process.stderr]) await new Promise<void>((resolve) => stream.write('', () => resolve()));
process.exit();
