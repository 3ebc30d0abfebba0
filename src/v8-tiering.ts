// V8's optimizing tiers are tuned for long-running programs; the action is a process of a second or
// two on a 2-core runner, where optimizing costs more than the optimized code earns back. Both
// flags must be set before the code they concern is compiled, so this is the entry's first import.
// Measured in docs/architecture.md ("Start-up").
import { setFlagsFromString } from 'node:v8';

// Node waits at exit until V8 has finished optimizing ("tiering up") the WebAssembly HTTP parser
// that fetch (undici's llhttp) compiles, for the OpenAI smoke tests: about 0.2 s after the last
// call, for a parser that reads a handful of responses. Baseline (Liftoff) code is plenty.
setFlagsFromString('--liftoff-only');

// TurboFan takes a JavaScript function once it has run a budget of bytecode (67,584 by default).
// The yaml lexer, the SDK's XML parser and the renderers reach that early in a large plan, and
// their background compiles took about a fifth of the run's CPU on the core the main thread
// does not use. Seven times the default leaves the code that stays hot for long (a larger manifest)
// to be optimized still.
setFlagsFromString('--interrupt-budget=500000');
