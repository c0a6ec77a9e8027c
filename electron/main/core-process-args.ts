/** What the main process tells the core's utility process on its command line. */
export interface CoreProcessOptions {
  appVersion: string;
  migrationsDir: string;
  userDataDir: string;
  /** The Electron-ABI better-sqlite3 binary; null runs with the one in node_modules. */
  nativeBinding: string | null;
}

const FLAGS = {
  appVersion: '--cairn-app-version',
  migrationsDir: '--cairn-migrations',
  userDataDir: '--cairn-user-data',
  nativeBinding: '--cairn-native-binding',
} as const;

export function coreProcessArgs(options: CoreProcessOptions): string[] {
  const args = [`${FLAGS.appVersion}=${options.appVersion}`, `${FLAGS.migrationsDir}=${options.migrationsDir}`, `${FLAGS.userDataDir}=${options.userDataDir}`];
  if (options.nativeBinding) args.push(`${FLAGS.nativeBinding}=${options.nativeBinding}`);
  return args;
}

/**
 * Reads the options back from argv. Other entries (the executable, the script, Chromium switches) are
 * skipped, so the parse does not depend on where the runtime puts its own arguments.
 */
export function parseCoreProcessArgs(argv: readonly string[]): CoreProcessOptions {
  const value = (flag: string): string | undefined => argv.find((arg) => arg.startsWith(`${flag}=`))?.slice(flag.length + 1) || undefined;
  const required = (flag: string): string => {
    const found = value(flag);
    if (found === undefined) throw new Error(`The core process was started without ${flag}.`);
    return found;
  };
  return {
    appVersion: required(FLAGS.appVersion),
    migrationsDir: required(FLAGS.migrationsDir),
    userDataDir: required(FLAGS.userDataDir),
    nativeBinding: value(FLAGS.nativeBinding) ?? null,
  };
}
