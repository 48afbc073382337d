// The baseline: a bare `ws` server that relays every binary frame to the other sockets, nothing
// else (no parsing, no storage). Run as its own process, like the MetMap server.
import { WebSocketServer, type WebSocket } from 'ws';

const server = new WebSocketServer({ host: '127.0.0.1', port: 0, maxPayload: 16 * 1024 * 1024 });
const sockets = new Set<WebSocket>();
server.on('connection', (ws) => {
  sockets.add(ws);
  ws.on('close', () => sockets.delete(ws));
  ws.on('message', (data: Buffer, isBinary) => {
    for (const other of sockets) if (other !== ws && other.readyState === other.OPEN) other.send(data, { binary: isBinary });
  });
});
server.on('listening', () => {
  const address = server.address();
  if (typeof address === 'object' && address !== null) console.log(`raw relay listening on ws://127.0.0.1:${address.port}`);
});
process.once('SIGTERM', () => {
  for (const ws of sockets) ws.terminate();
  server.close(() => process.exit(0));
});
