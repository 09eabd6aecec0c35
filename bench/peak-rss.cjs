// Preloaded into a measured child process: at exit, writes its peak resident set (KB) where the bench asked.
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  const file = process.env.NIANBAO_BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
