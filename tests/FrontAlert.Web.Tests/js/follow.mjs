// Follows FrontAlert's hub with the official @microsoft/signalr client, unmodified, the way the web feed does: it
// keeps the last seq and epoch it saw, and on reset({epoch, lastSeq, reason}) takes the cursor the hub gives.
// Prints each alert and each reset as one JSON line until stdin closes. Usage: node follow.mjs URL SCOPE AFTERSEQ
import * as signalR from "@microsoft/signalr";

const [url, scope, afterSeq] = process.argv.slice(2);
let last = Number(afterSeq);
let epoch = null;

const connection = new signalR.HubConnectionBuilder()
  .withUrl(`${url}/hubs/alerts`)
  .withAutomaticReconnect()
  .configureLogging(signalR.LogLevel.Warning)
  .build();

connection.on("alert", (alert) => {
  if (alert.seq <= last) return;
  last = alert.seq;
  epoch = alert.epoch ?? epoch;
  console.log(JSON.stringify({ seq: alert.seq, id: alert.id, epoch: alert.epoch }));
});
connection.on("reset", (reset) => {
  last = reset.lastSeq;
  epoch = reset.epoch;
  console.log(JSON.stringify({ reset: reset.reason, lastSeq: reset.lastSeq, epoch: reset.epoch }));
});
connection.on("locationUpdated", () => {});
const subscribe = () => connection.invoke("Subscribe", { scopeIds: [scope], minSeverity: null, afterSeq: last, epoch });
connection.onreconnected(subscribe);

await connection.start();
await subscribe();
console.log(JSON.stringify({ subscribed: true }));
process.stdin.on("end", () => connection.stop().then(() => process.exit(0)));
process.stdin.resume();
