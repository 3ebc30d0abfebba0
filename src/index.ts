import './wasm-tiering.js';
import { run } from './main.js';

await run();
