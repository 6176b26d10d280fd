// The presentation code, which the shell fetches the first time an element is asked to present (in
// the embed attack-timeline-presentation.js beside the script): the steps and their keys, the
// presentation bar, the presentation layout's styles, and showing a step (start-presentation.ts
// sets them up). It also carries the code of `sync-url` (fetched when an element has that
// attribute): both show a view given from outside (a story step, a link), and this chunk already
// reaches the model code that reading a link needs.
// In a chunk of its own the link code gave model/graphemes.ts a set of importers no other module
// has, which Rolldown split into a third file fetched up front (see vite.embed.config.ts).
export { startPresentation } from './start-presentation.ts';
export { UrlSyncController } from './url-sync.ts';
// The English words only the presentation bar uses, added before it is defined.
export { ENGLISH } from '../i18n/english-presentation.ts';
