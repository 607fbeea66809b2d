declare module '*.txt' {
  const text: string;
  export default text;
}

/** picomatch ships no types; the one call StatLens makes (POSIX paths only, so no Windows detection). */
declare module 'picomatch/posix' {
  function picomatch(glob: string | string[], options?: { dot?: boolean }): (path: string) => boolean;
  export default picomatch;
}
