import { describe, expect, it } from 'vitest';
import { isCoreEventMessage, isCoreReply, isCoreRequest, isCoreShutdown } from '../../electron/main/core-messages';
import { coreProcessArgs, parseCoreProcessArgs } from '../../electron/main/core-process-args';
import { parseInvokeRequest } from '../../electron/main/ipc-protocol';
import { projectFileInArgv, projectFileName, withProjectExtension } from '../../electron/main/project-file-names';

describe('requests from the window', () => {
  it('accepts the two request kinds', () => {
    expect(parseInvokeRequest({ kind: 'call', method: 'app.status', input: {} })).toEqual({
      kind: 'call',
      method: 'app.status',
      input: {},
    });
    expect(parseInvokeRequest({ kind: 'chooseProjectFile', mode: 'create', suggestedName: 'Pump' })).toEqual({
      kind: 'chooseProjectFile',
      mode: 'create',
      suggestedName: 'Pump',
    });
    expect(parseInvokeRequest({ kind: 'chooseProjectFile', mode: 'open' })).toEqual({ kind: 'chooseProjectFile', mode: 'open' });
  });

  it('refuses anything else', () => {
    const bad: unknown[] = [
      null,
      'app.status',
      { kind: 'call' },
      { kind: 'call', method: 42 },
      { kind: 'send', channel: 'x' },
      { kind: 'chooseProjectFile', mode: 'delete' },
      { kind: 'chooseProjectFile', mode: 'create', suggestedName: 7 },
      { kind: 'chooseProjectFile', mode: 'create', suggestedName: 'x'.repeat(201) },
    ];
    for (const value of bad) expect(parseInvokeRequest(value), JSON.stringify(value)).toBeNull();
  });
});

describe('envelopes between main and the core process', () => {
  it('recognises each message and nothing else', () => {
    expect(isCoreRequest({ id: 1, method: 'app.status', input: {} })).toBe(true);
    expect(isCoreRequest({ id: '1', method: 'app.status', input: {} })).toBe(false);
    expect(isCoreRequest({ id: 1, method: 'app.status' })).toBe(false);
    expect(isCoreShutdown({ shutdown: true })).toBe(true);
    expect(isCoreShutdown({ shutdown: 'yes' })).toBe(false);
    expect(isCoreReply({ id: 3, result: { ok: true, value: null } })).toBe(true);
    expect(isCoreReply({ id: 3, result: 'ok' })).toBe(false);
    expect(isCoreEventMessage({ event: { type: 'project.changed', method: 'users.add' } })).toBe(true);
    expect(isCoreEventMessage({ event: null })).toBe(false);
  });

  it('passes the core its configuration on the command line', () => {
    const options = {
      appVersion: '1.2.3',
      migrationsDir: '/opt/Cairn/resources/migrations',
      userDataDir: '/home/a b/.config/Cairn',
      nativeBinding: '/opt/Cairn/resources/native/better_sqlite3.node',
    };
    const argv = ['/opt/Cairn/cairn', '--type=utility', ...coreProcessArgs(options)];
    expect(parseCoreProcessArgs(argv)).toEqual(options);
    expect(parseCoreProcessArgs(coreProcessArgs({ ...options, nativeBinding: null })).nativeBinding).toBeNull();
    expect(() => parseCoreProcessArgs(['--cairn-app-version=1'])).toThrow(/--cairn-migrations/);
  });
});

describe('project file names', () => {
  it('suggests a safe file name from a product name', () => {
    expect(projectFileName('Insulin Pump')).toBe('Insulin Pump.cairn');
    expect(projectFileName('../../etc/passwd')).toBe('etc passwd.cairn');
    expect(projectFileName('a:b*c?\u0007')).toBe('abc.cairn');
    expect(projectFileName('  ')).toBe('Untitled.cairn');
    expect(projectFileName(undefined)).toBe('Untitled.cairn');
    expect(projectFileName('Pump.CAIRN')).toBe('Pump.cairn');
  });

  it('always ends a chosen path in .cairn', () => {
    expect(withProjectExtension('/home/a/pump')).toBe('/home/a/pump.cairn');
    expect(withProjectExtension('/home/a/pump.cairn')).toBe('/home/a/pump.cairn');
  });

  it('finds the project file a launch names', () => {
    expect(projectFileInArgv(['/opt/Cairn/cairn', '--flag', '/home/a/pump.cairn'])).toBe('/home/a/pump.cairn');
    expect(projectFileInArgv(['/opt/Cairn/cairn', '.'])).toBeNull();
    expect(projectFileInArgv(['/home/a/launcher.cairn'])).toBeNull();
  });
});
