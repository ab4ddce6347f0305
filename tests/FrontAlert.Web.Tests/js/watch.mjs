// Watches FrontAlert's hub with the official @microsoft/signalr client, over JSON or over MessagePack
// (@microsoft/signalr-protocol-msgpack), and prints every message the hub sends, whole, as one JSON line:
// {"alert": ...}, {"reset": ...}, {"locationUpdated": ...}, {"closing": ...}. Two of these on the two protocols
// print the same lines when the hub sends the same fields and values either way. Runs until stdin closes.
// Usage: node watch.mjs URL SCOPE AFTERSEQ json|msgpack
import * as signalR from "@microsoft/signalr";
import { MessagePackHubProtocol } from "@microsoft/signalr-protocol-msgpack";

const [url, scope, afterSeq, protocol] = process.argv.slice(2);

const builder = new signalR.HubConnectionBuilder()
  .withUrl(`${url}/hubs/alerts`)
  .configureLogging(signalR.LogLevel.Warning);
if (protocol === "msgpack") {
  builder.withHubProtocol(new MessagePackHubProtocol());
}
const connection = builder.build();

for (const target of ["alert", "reset", "locationUpdated", "closing"]) {
  connection.on(target, (payload) => console.log(JSON.stringify({ [target]: payload })));
}

await connection.start();
await connection.invoke("Subscribe", { scopeIds: [scope], minSeverity: null, afterSeq: Number(afterSeq), epoch: null });
console.log(JSON.stringify({ subscribed: true }));
process.stdin.on("end", () => connection.stop().then(() => process.exit(0)));
process.stdin.resume();
