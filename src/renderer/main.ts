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
import Presenter from './views/presenter/Presenter.svelte';
import ScrollStory from './views/ScrollStory.svelte';
import Print from './views/print/Print.svelte';
import { PresenterSession } from './views/presenter/presenter-session.svelte';

configureGsap();
const config = readConfig(location.search);
document.documentElement.lang = 'en';
document.title = deck.title;
if (config.forceReducedMotion) document.documentElement.dataset.motion = 'reduced';

const target = document.getElementById('app')!;
const role = config.view === 'presenter' ? 'presenter' : 'audience';
const link = new SyncLink(createSyncTransport(), role, newSenderId());
document.documentElement.dataset.view = role;

if (config.view === 'print') {
  document.documentElement.dataset.view = 'print';
  mount(Print, { target, props: { deck, visuals, options: { steps: config.printSteps, notes: config.printNotes, handout: config.printHandout } } });
} else if (role === 'presenter') {
  const show = createShow(deck, config, window);
  document.title = ui().presenter.documentTitle(deck.title);
  const session = new PresenterSession(deck, link);
  const written = recentWrittenMessage();
  if (written) show.notices.add(written);
  mount(Presenter, { target, props: { deck, visuals, session, reducedMotion: show.reducedMotion, notices: show.notices } });
} else if (config.mode === 'scroll') {
  const show = createShow(deck, config, window);
  mount(ScrollStory, { target, props: { deck, visuals, reducedMotion: show.reducedMotion, notices: show.notices, snap: config.snap, kiosk: show.kiosk } });
} else {
  mount(Audience, { target, props: { deck, visuals, ...createShow(deck, config, window), link } });
}
