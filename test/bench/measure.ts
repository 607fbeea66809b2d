/** Small measuring tools for the benchmark: interleaved timing and percentiles. */

export interface Timing {
  /** Median milliseconds per run. */
  median: number;
  runs: number;
}

/** Percentile `p` (0–100) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Times several tasks on the same input, alternating between them round by round so
 * that a noisy, shared machine slows them alike; ratios between them are what to quote.
 */
export function interleaved(tasks: Record<string, () => unknown>, rounds: number): Record<string, Timing> {
  const samples: Record<string, number[]> = {};
  for (const name of Object.keys(tasks)) {
    tasks[name](); // warm up: the JIT, and caches such as the dataset index
    samples[name] = [];
  }
  for (let r = 0; r < rounds; r++) {
    for (const [name, task] of Object.entries(tasks)) {
      const start = performance.now();
      task();
      samples[name].push(performance.now() - start);
    }
  }
  const out: Record<string, Timing> = {};
  for (const [name, values] of Object.entries(samples)) out[name] = { median: percentile(values, 50), runs: values.length };
  return out;
}

export function mbPerSecond(chars: number, ms: number): number {
  return chars / 1e6 / (ms / 1000);
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
