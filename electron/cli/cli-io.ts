import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Where one `cairn` invocation reads and writes. The binary uses the process's own streams; tests call
 * the CLI as a function with buffers. Commands reach it through cliIo(), scoped to their invocation, so
 * two calls in one process (even at once) never share output, environment or exit code.
 */
export interface CliIo {
  /** The environment the command reads (CAIRN_PASSWORD, CAIRN_USER_DATA). */
  readonly env: NodeJS.ProcessEnv;
  /** All of standard input, read once on demand (--password-stdin). */
  readStdin(): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stderr is a terminal: a progress bar is redrawn in place instead of printed as lines. */
  readonly stderrIsTTY: boolean;
  /** True when stdout is a terminal: help may use its width and colours. */
  readonly stdoutIsTTY: boolean;
}

interface Invocation {
  readonly io: CliIo;
  exitCode: number;
}

const invocations = new AsyncLocalStorage<Invocation>();

function current(): Invocation {
  const invocation = invocations.getStore();
  if (!invocation) throw new Error('cairn commands run only inside runCairn().');
  return invocation;
}

/** The streams and environment of the invocation this code runs in. */
export function cliIo(): CliIo {
  return current().io;
}

/** Sets the exit code the invocation ends with. */
export function setExitCode(code: number): void {
  current().exitCode = code;
}

/** Runs `body` as one invocation over `io` and returns the exit code its commands set (0 by default). */
export async function inInvocation(io: CliIo, body: () => Promise<number | undefined>): Promise<number> {
  const invocation: Invocation = { io, exitCode: 0 };
  return invocations.run(invocation, async () => (await body()) ?? invocation.exitCode);
}

/** The real process's streams and environment, for the `cairn` binary. */
export function processIo(): CliIo {
  // Read once: a command that signs in and then signs asks for the same password twice, and a second
  // read of a pipe would find it empty.
  let stdin: Promise<string> | undefined;
  const readAll = async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };
  return {
    env: process.env,
    readStdin: () => (stdin ??= readAll()),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
  };
}

/** Buffers for calling the CLI as a function: what it wrote, and the given standard input. */
export function bufferedIo(env: NodeJS.ProcessEnv, stdin: string): CliIo & { output(): { stdout: string; stderr: string } } {
  let stdout = '';
  let stderr = '';
  return {
    env,
    readStdin: async () => stdin,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stderrIsTTY: false,
    stdoutIsTTY: false,
    output: () => ({ stdout, stderr }),
  };
}
