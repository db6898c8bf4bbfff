import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A mail as the test SMTP server received it: the envelope and the raw message text. */
export type ReceivedMail = { from: string; to: string[]; raw: string; user: string | undefined };

/** A header's value from a raw message (unfolded), or undefined. */
export function headerOf(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

/** A header's value with RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`) decoded, as a mail reader shows it. */
export function decodedHeaderOf(raw: string, name: string): string | undefined {
  const value = headerOf(raw, name);
  if (value === undefined) return undefined;
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, encoding: string, text: string) => {
      if (encoding.toUpperCase() === 'B') return Buffer.from(text, 'base64').toString('utf8');
      const bytes = text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (__, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      return Buffer.from(bytes, 'latin1').toString('utf8');
    });
}

/** The message text after the headers, with quoted-printable soft breaks and escapes decoded. */
export function decodedBodyOf(raw: string): string {
  const body = raw.split(/\r?\n\r?\n/).slice(1).join('\n\n');
  const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/**
 * A real SMTP server on a local port for tests: it accepts every mail (with the given login, when
 * set) and keeps it; `stop` closes the port and `start` opens it again on the same one.
 */
export class SmtpTestServer {
  readonly received: ReceivedMail[] = [];
  port = 0;
  #server: SMTPServer | undefined;

  /** Optional login the server demands, and a pause before accepting each mail (to make senders overlap). */
  constructor(
    private readonly login?: { user: string; password: string },
    private readonly acceptDelayMs = 0,
  ) {}

  /** Listens on the given port, or a free one the first time. */
  async start(): Promise<void> {
    const server = new SMTPServer({
      logger: false,
      disabledCommands: this.login ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
      authOptional: !this.login,
      allowInsecureAuth: true,
      onAuth: (auth, _session, callback) => {
        if (this.login && auth.username === this.login.user && auth.password === this.login.password) return callback(null, { user: auth.username });
        return callback(new Error('Invalid username or password'));
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          this.received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
            user: typeof session.user === 'string' ? session.user : undefined,
          });
          setTimeout(() => callback(), this.acceptDelayMs);
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.#server = server;
  }

  /** Closes the port: connections are refused until `start` again. */
  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The environment that points the app at this server. */
  env(): Record<string, string> {
    return {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(this.port),
      SMTP_SECURE: 'none',
      MAIL_FROM: 'Samverkan <noreply@kommun.example>',
      ...(this.login ? { SMTP_USER: this.login.user, SMTP_PASSWORD: this.login.password } : {}),
    };
  }
}
