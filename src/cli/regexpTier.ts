import { setFlagsFromString } from 'node:v8';

// V8 first runs a regular expression as bytecode and compiles it to machine code once it
// is used again, so each of the checker's few hundred patterns is compiled twice in a
// short run. The CLI owns its process, so it compiles once, straight to machine code: a
// 10 KB note's whole `statlens check` took about 10% less CPU, a 2 MB run the same
// (README, Performance). The extension shares its host with other extensions and leaves
// V8's flags alone.
setFlagsFromString('--no-regexp-tier-up');
