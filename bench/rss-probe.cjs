// Preloaded into every benchmarked process (NODE_OPTIONS=--require): on exit,
// appends the process's peak resident set size (KiB) to $SHENGAO_BENCH_RSS_FILE.
const file = process.env.SHENGAO_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      require('node:fs').appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
    } catch {
      /* the measurement must never change the measured process's outcome */
    }
  });
}
