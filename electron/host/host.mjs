// `npm run web`: the bundled HTTP host, or its current source in a checkout with changes (see bundle-or-source.mjs).
import { launch } from '../launch/bundle-or-source.mjs';

await launch('host', 'electron/host/main.ts');
