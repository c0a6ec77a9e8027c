// Loaded with `node --import` before the bundled core process: stands in for the `process.parentPort`
// Electron gives a utility process, carried over Node's child-process IPC channel instead.
import { EventEmitter } from 'node:events';

const port = new EventEmitter();
port.postMessage = (message) => process.send(message);
process.on('message', (data) => port.emit('message', { data }));
process.parentPort = port;
