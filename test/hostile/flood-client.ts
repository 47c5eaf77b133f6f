// A flooding client in a process of its own (as a real one would be): LANES
// requests in flight at once, each lane sending the next as soon as the last
// is answered, until MAX requests are sent or DURATION_MS has passed. Prints
// the count of each status as JSON. Usage: node flood-client.ts URL TOKEN LANES MAX DURATION_MS
const [url, token, lanesArg, maxArg, durationArg] = process.argv.slice(2) as [string, string, string, string, string];
const lanes = Number(lanesArg);
const max = Number(maxArg);
const ends = Date.now() + Number(durationArg);
const statuses: Record<string, number> = {};
let sent = 0;
const report = (): boolean => process.stdout.write(JSON.stringify({ sent, statuses }) + "\n");
// The test stops the flood with SIGINT once its measurements are done.
process.on("SIGINT", () => {
  report();
  process.exit(0);
});
await Promise.all(
  Array.from({ length: lanes }, async (_, lane) => {
    for (let i = 0; sent < max && Date.now() < ends; i++) {
      sent += 1;
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: `{ searchEmployers(query: "Bluegum Civil ${lane}-${i}", first: 5) { nodes { rank score matchedName } } }`,
        }),
      });
      await response.arrayBuffer();
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    }
  }),
);
report();
