import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';

// V8 first runs a regular expression as bytecode and compiles it to machine code once it
// is used again, so each of the checker's few hundred patterns is compiled twice in a
// short run. The CLI owns its process, so it compiles once, straight to machine code: a
// 10 KB note's whole `statlens check` took about 10% less CPU, a 2 MB run the same
// (README, Performance). Only on the main thread, as the process starts: V8's flags are the
// process's, and changed under other threads' compiled patterns (a test runner loading the
// CLI in a worker) they crashed it. The extension shares its host and keeps V8's defaults.
if (isMainThread) setFlagsFromString('--no-regexp-tier-up');
