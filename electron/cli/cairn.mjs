#!/usr/bin/env node
// The `cairn` command runs the TypeScript core directly from source through tsx, so the CLI in a
// checkout is always the code that is checked out: no separate build to forget.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
