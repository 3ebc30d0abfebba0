// Node waits at exit until V8 has finished optimizing ("tiering up") the WebAssembly HTTP parser
// that fetch (undici's llhttp) compiles for the GitHub calls: about 0.2 s after the last call on a
// 2-core runner, for a parser that reads a handful of responses. Baseline (Liftoff) code is plenty.
// It has to be set before the first fetch compiles that module, so it is the entry's first import.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--liftoff-only');
