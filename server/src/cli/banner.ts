// The start banner: where everything is and the demo logins. Request logs
// would scroll it away, so it can be printed again: press Enter in the
// terminal running `npm start`, or send SIGUSR2 (kill -USR2 <pid>) to it.
import type { DemoUser } from "../demo/demo-users.ts";

export interface BannerInfo {
  readySeconds: number;
  base: string;
  database: string;
  demoUsers: readonly DemoUser[] | null;
  /** What the demo holds, in one line (employers, history), when the demo data is loaded. */
  demoSummary?: string | null;
}

export function formatBanner(info: BannerInfo, interactive: boolean): string {
  const { base } = info;
  const lines = [
    "",
    `Employer Alias Registry is running (ready in ${info.readySeconds.toFixed(1)} s)`,
    `  Steward client  ${base}/`,
    `  GraphQL API     ${base}/graphql`,
    `  GraphiQL        ${base}/graphiql`,
    `  Health          ${base}/healthz  ${base}/readyz  ${base}/metrics`,
    `  CSV exports     ${base}/exports/`,
    `  Reconciliation  ${base}/reconcile (OpenRefine: see README, Third parties)`,
    `  Database        ${info.database}`,
  ];
  if (info.demoUsers) {
    if (info.demoSummary) lines.push(`  Demo data       ${info.demoSummary}`);
    lines.push("  Demo logins:");
    for (const user of info.demoUsers) lines.push(`    ${user.role.padEnd(8)} ${user.username} / ${user.password}`);
  }
  lines.push(
    interactive
      ? "Press Enter to show this again, Ctrl-C to stop."
      : `Send SIGUSR2 (kill -USR2 ${process.pid}) to print this again; Ctrl-C or SIGTERM stops.`,
    "",
  );
  return lines.join("\n") + "\n";
}

/** Prints the banner again on SIGUSR2, and on Enter when stdin is a terminal. Returns a function that stops listening. */
export function reprintBannerOnRequest(print: () => void): () => void {
  const onSignal = () => print();
  process.on("SIGUSR2", onSignal);
  const stdin = process.stdin;
  const onData = (chunk: Buffer) => {
    if (chunk.includes(0x0a) || chunk.includes(0x0d)) print();
  };
  if (stdin.isTTY) stdin.on("data", onData);
  return () => {
    process.off("SIGUSR2", onSignal);
    if (stdin.isTTY) {
      stdin.off("data", onData);
      stdin.pause();
    }
  };
}
