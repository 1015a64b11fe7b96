/**
 * The SMTP server of a bench, run as its own process (see smtp-server-child.ts) so its CPU does
 * not count against the worker's. One port, two kinds of server, switched over stdin:
 * - `smtp-server`: Nodemailer's server library, as a real server behaves (it waits 100 ms before
 *   its greeting to catch early talkers, so every new connection costs at least that);
 * - `raw`: a minimal responder that greets at once and answers every command in one write, to
 *   show where the pipeline itself tops out.
 * Either waits the configured delay after a message's final dot before its 250.
 *
 * stdin lines: `mode <smtp-server|raw> <delay ms>` (answers `mode …`; ends every open
 * connection, so a client's pooled connections come back as the new kind), `stats` (answers
 * `stats <connections> <messages>`, counted since the last `mode`).
 */
import net from 'node:net';
import readline from 'node:readline';
import { SMTPServer } from 'smtp-server';

let mode: 'smtp-server' | 'raw' = 'smtp-server';
let delayMs = 0;
let connections = 0;
let messages = 0;
const sockets = new Set<net.Socket>();

const accept = (reply: () => void) => {
  const done = () => {
    messages += 1;
    reply();
  };
  if (delayMs > 0) setTimeout(done, delayMs);
  else done();
};

const library = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  disableReverseLookup: true,
  logger: false,
  onData(stream, _session, callback) {
    stream.on('data', () => undefined);
    stream.on('end', () => accept(() => callback(null)));
  },
});

function raw(socket: net.Socket) {
  socket.setNoDelay(true);
  socket.write('220 bench ESMTP\r\n');
  let data = false;
  let buffer = '';
  socket.on('data', (chunk) => {
    buffer += chunk.toString('latin1');
    for (let index = buffer.indexOf('\r\n'); index >= 0; index = buffer.indexOf('\r\n')) {
      const line = buffer.slice(0, index);
      buffer = buffer.slice(index + 2);
      if (data) {
        if (line === '.') {
          data = false;
          accept(() => socket.write('250 OK queued\r\n'));
        }
        continue;
      }
      const command = line.slice(0, 4).toUpperCase();
      if (command === 'EHLO') socket.write('250-bench\r\n250 8BITMIME\r\n');
      else if (command === 'DATA') {
        data = true;
        socket.write('354 End data with <CR><LF>.<CR><LF>\r\n');
      } else if (command === 'QUIT') socket.end('221 Bye\r\n');
      else socket.write('250 OK\r\n');
    }
  });
}

const front = net.createServer((socket) => {
  connections += 1;
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
  socket.on('error', () => undefined);
  if (mode === 'raw') raw(socket);
  else (library as unknown as { server: net.Server }).server.emit('connection', socket);
});
front.listen(0, '127.0.0.1', () => process.stdout.write(`port ${(front.address() as net.AddressInfo).port}\n`));

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, ...rest] = line.trim().split(/\s+/);
  if (command === 'mode') {
    mode = rest[0] === 'raw' ? 'raw' : 'smtp-server';
    delayMs = Number(rest[1] ?? 0);
    for (const socket of sockets) socket.destroy();
    connections = 0;
    messages = 0;
    process.stdout.write(`mode ${mode} ${delayMs}\n`);
  } else if (command === 'stats') process.stdout.write(`stats ${connections} ${messages}\n`);
});
process.stdin.on('end', () => process.exit(0));
