#!/usr/bin/env node
// `cairn`: the bundled CLI, or its current source in a checkout with changes (see bundle-or-source.mjs).
import { launch } from '../launch/bundle-or-source.mjs';

await launch('cairn', 'electron/cli/main.ts');
