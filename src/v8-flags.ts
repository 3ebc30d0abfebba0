// V8 is tuned for long-running programs; the action is a process of a second or two on a 2-core
// runner, where optimizing code and growing the heap cost more than they earn back. The flags must
// be set before the code and memory they concern exist, so this is the entry's first import.
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

// Young objects live in two "semi-spaces" that V8 doubles as a program allocates (up to 16 MB each
// on 64-bit). Every page the process touches for the first time is a page fault, and on the
// machines this is measured on a fault costs about 15 µs: growing the young generation while the
// manifest is parsed was about 7,000 of the 1,000-deployment plan's 27,000 faults. Kept at its
// first size, the young generation is collected more often, each time from pages already touched.
// (Newer V8 raises a factor below 2 to 2, which leaves its default as it was.)
setFlagsFromString('--semi-space-growth-factor=1');
// Collecting so small a young generation on helper threads costs more in hand-offs than it saves:
// with scavenges on the main thread alone, 15 interleaved 1,000-deployment plans used about 70 ms
// less CPU in all (wall time within noise).
setFlagsFromString('--no-parallel-scavenge');
