import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';

export type SmtpMode = 'smtp-server' | 'raw';

/** The bench SMTP server (smtp-child.ts) in a child process, and the lines to drive it. */
export class SmtpServerChild {
  private constructor(
    private readonly child: ChildProcess,
    private readonly lines: readline.Interface,
    readonly port: number,
  ) {}

  static async start(): Promise<SmtpServerChild> {
    const script = new URL('./smtp-child.js', import.meta.url);
    const child = spawn(process.execPath, [script.pathname], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = readline.createInterface({ input: child.stdout! });
    const first = await new Promise<string>((resolve, reject) => {
      lines.once('line', resolve);
      child.once('exit', (code) => reject(new Error(`The SMTP child exited with ${code}`)));
    });
    return new SmtpServerChild(child, lines, Number(first.split(' ')[1]));
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /**
   * Switches the server and the wait before each 250, resets the counts and ends every open
   * connection; a moment later the clients have noticed, and connect again to the new kind.
   */
  async mode(mode: SmtpMode, delayMs: number): Promise<void> {
    await this.ask(`mode ${mode} ${delayMs}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  /** Connections opened and messages accepted since the last `mode`. */
  async stats(): Promise<{ connections: number; messages: number }> {
    const [, connections, messages] = (await this.ask('stats')).split(' ');
    return { connections: Number(connections), messages: Number(messages) };
  }

  stop(): void {
    this.child.stdin!.end();
    this.child.kill('SIGTERM');
  }

  private ask(line: string): Promise<string> {
    const answer = new Promise<string>((resolve) => this.lines.once('line', resolve));
    this.child.stdin!.write(`${line}\n`);
    return answer;
  }
}
