import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  messageId: string;
  headers: Record<string, string>;
  text: string;
  html: string;
}

interface Failure {
  code: number;
  message: string;
  /** How many more times to fail; Infinity for always. */
  remaining: number;
  stage: 'rcpt' | 'data';
}

/**
 * A real SMTP server inside the test process: it receives what the worker sends and can refuse
 * a recipient permanently (5xx) or fail a delivery for a while (4xx). With `delayMs` it takes that
 * long over each message before its 250; a message whose client went away meanwhile was never
 * accepted, as with a real server.
 */
export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  /** SMTP connections clients opened, ever. */
  connectionsOpened = 0;
  private mailFromRefusals = 0;
  private readonly failures = new Map<string, Failure>();
  private readonly closedSessions = new Set<string>();

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  static async start({ delayMs = 0 }: { delayMs?: number } = {}): Promise<SmtpSink> {
    let sink: SmtpSink | undefined;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onConnect: (_session, callback) => {
        sink!.connectionsOpened += 1;
        callback();
      },
      onMailFrom: (_address, _session, callback) => {
        if (sink!.mailFromRefusals <= 0) return callback();
        sink!.mailFromRefusals -= 1;
        // smtp-server closes the connection after a 421, as the code says it will.
        callback(Object.assign(new Error('Service not available, closing transmission channel'), { responseCode: 421 }));
      },
      onRcptTo: (address, _session, callback) => callback(sink!.failureFor(address.address, 'rcpt')),
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
          for (const recipient of recipients) {
            const failure = sink!.failureFor(recipient, 'data');
            if (failure) return callback(failure);
          }
          const accept = () => {
            if (sink!.closedSessions.has(session.id)) return callback(new Error('Connection closed before the reply'));
            sink!.messages.push(parseMail(Buffer.concat(chunks).toString('utf8'), session.envelope.mailFrom ? String((session.envelope.mailFrom as { address: string }).address) : '', recipients));
            callback(null);
          };
          if (delayMs > 0) setTimeout(accept, delayMs);
          else accept();
        });
      },
      onClose: (session) => sink?.closedSessions.add(session.id),
    });
    // A client killed mid-message resets its connection; a real server logs that and serves on.
    server.on('error', () => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = ((server as unknown as { server: { address(): AddressInfo } }).server.address()).port;
    sink = new SmtpSink(server, port);
    return sink;
  }

  /** Every mail to this address is refused with a permanent 550 at RCPT TO. */
  rejectRecipient(address: string) {
    this.failures.set(address.toLowerCase(), { code: 550, message: 'No such user here', remaining: Infinity, stage: 'rcpt' });
  }

  /** The next `times` deliveries to this address fail with a transient 451 after DATA. */
  failTemporarily(address: string, times: number) {
    this.failures.set(address.toLowerCase(), { code: 451, message: 'Try again later', remaining: times, stage: 'data' });
  }

  /** The next `times` MAIL FROM commands get a 421 and their connection is closed (a server restarting, or one that dropped the session). */
  refuseNextMails(times = 1) {
    this.mailFromRefusals += times;
  }

  /** Refusals asked for with refuseNextMails that have not happened yet. */
  get refusalsLeft(): number {
    return this.mailFromRefusals;
  }

  /** Ends every open connection with a 421, as a server does with connections idle longer than it allows. */
  dropConnections() {
    for (const connection of this.server.connections) connection.send(421, 'Idle too long, closing connection');
  }

  to(address: string): ReceivedMail[] {
    return this.messages.filter((mail) => mail.to.includes(address.toLowerCase()));
  }

  withHeader(name: string, values: Iterable<string>): ReceivedMail[] {
    const wanted = new Set(values);
    return this.messages.filter((mail) => wanted.has(mail.headers[name.toLowerCase()]));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private failureFor(address: string, stage: Failure['stage']): Error | null {
    const failure = this.failures.get(address.toLowerCase());
    if (!failure || failure.stage !== stage || failure.remaining <= 0) return null;
    failure.remaining -= 1;
    return Object.assign(new Error(failure.message), { responseCode: failure.code });
  }
}

// ---------------------------------------------------------------------------------------------
// Just enough MIME to read what nodemailer writes: headers, encoded words, multipart/alternative,
// quoted-printable and base64 bodies.

function parseMail(raw: string, from: string, to: string[]): ReceivedMail {
  const { headers, body } = splitHeaders(raw);
  const parts = collectParts(headers, body);
  return {
    from,
    to,
    subject: decodeWords(headers['subject'] ?? ''),
    messageId: headers['message-id'] ?? '',
    headers,
    text: parts['text/plain'] ?? '',
    html: parts['text/html'] ?? '',
  };
}

function splitHeaders(raw: string): { headers: Record<string, string>; body: string } {
  const end = raw.indexOf('\r\n\r\n');
  const head = end < 0 ? raw : raw.slice(0, end);
  const body = end < 0 ? '' : raw.slice(end + 4);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

function collectParts(headers: Record<string, string>, body: string, into: Record<string, string> = {}): Record<string, string> {
  const type = (headers['content-type'] ?? 'text/plain').toLowerCase();
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  if (type.startsWith('multipart/') && boundary) {
    for (const section of body.split(`--${boundary}`).slice(1)) {
      if (section.startsWith('--')) break;
      const part = splitHeaders(section.replace(/^\r\n/, ''));
      collectParts(part.headers, part.body, into);
    }
    return into;
  }
  const mime = type.split(';')[0].trim();
  into[mime] = decodeBody(body, (headers['content-transfer-encoding'] ?? '7bit').toLowerCase());
  return into;
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body.replace(/=\r\n/g, ''));
  return body;
}

function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '=' && /^[0-9A-F]{2}$/i.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(value[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_match, _charset: string, kind: string, encoded: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(encoded, 'base64').toString('utf8') : decodeQuotedPrintable(encoded.replace(/_/g, ' ')),
    );
}
