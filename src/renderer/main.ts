import { mount } from 'svelte';
import { deck, visuals } from 'virtual:deck';
import './fonts';
import './styles/global.css';
import { readConfig } from './config';
import { configureGsap } from './motion/motion';
import { createShow } from './show';
import { ui } from './strings';
import { recentWrittenMessage } from './platform/rehearsal-save';
import { createSyncTransport, newSenderId } from './platform/sync-transport';
import { SyncLink } from './sync/sync-link';
import Audience from './views/Audience.svelte';

configureGsap();
const config = readConfig(location.search);
document.documentElement.lang = 'en';
document.title = deck.title;
if (config.forceReducedMotion) document.documentElement.dataset.motion = 'reduced';

const target = document.getElementById('app')!;
const role = config.view === 'presenter' ? 'presenter' : 'audience';
const link = new SyncLink(createSyncTransport(), role, newSenderId());
document.documentElement.dataset.view = role;

// Only the audience's view is in the first script; the others load as their own chunks, so the
// show's first scene does not wait for code it does not run.
if (config.view === 'print') {
  document.documentElement.dataset.view = 'print';
  const { default: Print } = await import('./views/print/Print.svelte');
  mount(Print, { target, props: { deck, visuals, options: { steps: config.printSteps, notes: config.printNotes, handout: config.printHandout } } });
} else if (role === 'presenter') {
  const show = createShow(deck, config, window);
  document.title = ui().presenter.documentTitle(deck.title);
  const [{ default: Presenter }, { PresenterSession }] = await Promise.all([import('./views/presenter/Presenter.svelte'), import('./views/presenter/presenter-session.svelte')]);
  const session = new PresenterSession(deck, link);
  const written = recentWrittenMessage();
  if (written) show.notices.add(written);
  mount(Presenter, { target, props: { deck, visuals, session, reducedMotion: show.reducedMotion, notices: show.notices } });
} else if (config.mode === 'scroll') {
  const show = createShow(deck, config, window);
  const { default: ScrollStory } = await import('./views/ScrollStory.svelte');
  mount(ScrollStory, { target, props: { deck, visuals, reducedMotion: show.reducedMotion, notices: show.notices, snap: config.snap, kiosk: show.kiosk } });
} else {
  mount(Audience, { target, props: { deck, visuals, ...createShow(deck, config, window), link } });
}
