// Subscribes to FrontAlert's hub with the official @microsoft/signalr client, unmodified, and prints each alert
// as one JSON line until it has seen the number asked for. Usage: node subscribe.mjs URL SCOPE COUNT AFTERSEQ
import * as signalR from "@microsoft/signalr";

const [url, scope, count, afterSeq] = process.argv.slice(2);
const wanted = Number(count);
let seen = 0;

const connection = new signalR.HubConnectionBuilder()
  .withUrl(`${url}/hubs/alerts`)
  .configureLogging(signalR.LogLevel.Warning)
  .build();

connection.on("alert", (alert) => {
  console.log(JSON.stringify({ seq: alert.seq, id: alert.id, locationId: alert.locationId, title: alert.title }));
  if (++seen >= wanted) {
    connection.stop().then(() => process.exit(0));
  }
});
connection.on("locationUpdated", () => {});

await connection.start();
try {
  await connection.invoke("Subscribe", { scopeIds: ["atlantis"], minSeverity: null, afterSeq: 0 });
} catch (e) {
  console.log(JSON.stringify({ error: e.message }));
}
await connection.invoke("Subscribe", { scopeIds: [scope], minSeverity: "info", afterSeq: Number(afterSeq) });
console.log(JSON.stringify({ subscribed: true }));
setTimeout(() => { console.error(`timed out after ${seen} alerts`); process.exit(1); }, 30000);
