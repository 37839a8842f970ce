// The config's validators on zod/mini: the bundle keeps only the validators used (the classic API is
// ~580 KB with 61 locales, ~50 ms to load and build schemas in every run with a config file).
// Import it as a namespace (`import * as z`) and never pass `z` itself around: a namespace object
// used as a value makes the bundler keep every export (and every locale) again.
// zod/mini has no messages of its own; English gives the classic API's words, which users and tests see.
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * from 'zod/mini';
