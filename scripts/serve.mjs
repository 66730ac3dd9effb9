// Serves the production build, like `next start`, and stamps each request with the address
// its socket came from. Route handlers cannot see the socket, and X-Forwarded-For can be sent
// by anyone, so this header is how per-address limits know who is asking without a proxy.
// `PORT` (default 3000) and `ARBITER_HOST` (default all interfaces) choose where it listens.
import http from "node:http";
import next from "next";

export const PEER_HEADER = "x-arbiter-peer";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.ARBITER_HOST || undefined;
// Read by server/security/client-address.ts: the header is only believed when this server set it.
process.env.ARBITER_PEER_HEADER = PEER_HEADER;

const app = next({ dev: false, dir: process.cwd(), port, hostname });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
  void handle(req, res);
});
server.listen(port, hostname, () => console.log(`[arbiter] listening on http://${hostname ?? "localhost"}:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
