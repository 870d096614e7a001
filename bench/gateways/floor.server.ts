/**
 * `node --import tsx bench/gateways/floor.server.ts ANSWER_FILE PORT`: the floor, our gateway's HTTP
 * stack with nothing behind it. An express 5 app on the shared host (`lib/http/server.ts`
 * createHttpHost, its default limits), as `gateway/src/createGateway.ts` builds it; a POST on
 * /graphql has its body read as JSON as ours reads it (express.json, 1 MB, not strict), and is
 * answered with the text of ANSWER_FILE, read once into memory. No parsing of the operation, no
 * validation, planning, subgraph fetch or serialisation: what receiving a request and sending
 * that answer costs, below which no gateway on this stack can go.
 */
import { readFileSync } from 'node:fs';
import express from 'express';
import { createHttpHost } from '../../lib/http/server.js';
import { jsonErrorHandler } from '../../lib/httpErrors.js';
import { createLogger } from '../../lib/log.js';

const [answerPath, portText] = process.argv.slice(2);
if (!answerPath || !portText || !/^\d+$/.test(portText)) {
  console.error('usage: bench/gateways/floor.server.ts <answer file> <port>');
  process.exit(2);
}
const answer = readFileSync(answerPath, 'utf8');
const log = createLogger('floor', 'warn');

const app = express();
app.disable('x-powered-by');
const host = createHttpHost(app, { log });
app.post('/graphql', express.json({ limit: 1024 * 1024, strict: false }), (_req, res) => {
  res.type('application/json').send(answer);
});
app.use(jsonErrorHandler(log));

const url = await host.listen(Number(portText), '127.0.0.1', '/graphql');
console.log(`floor listening on ${url}, answering ${Buffer.byteLength(answer)} bytes`);
process.on('SIGTERM', () => {
  host.server.closeAllConnections();
  void host.close().then(() => process.exit(0));
});
