import { mount } from 'svelte';
import { deck } from 'virtual:deck';
import './fonts';
import './styles/global.css';
import { readConfig, type ShowConfig } from './config';
import { pageReady } from './document-state';
import { configureGsap } from './motion/motion';
import { kioskIfAsked, pageNotices, playerFor, reducedMotionFor, showLink, syncLinkAs } from './page-services';
import { loadNotes } from './deck-notes';
import { paintedFirstScene } from './first-scene/takeover';
import { recentWrittenMessage } from './platform/rehearsal-save';
import { loadAllVisuals, loadVisual, visuals } from './scenes/visual-store.svelte';
import { ui } from './strings';
import Audience from './views/Audience.svelte';

configureGsap();
const config = await readConfig(location.search);
document.documentElement.lang = 'en';
document.title = deck.title;
if (config.forceReducedMotion) document.documentElement.dataset.motion = 'reduced';
const target = document.getElementById('app')!;
/** The first scene painted into the page by the build, when this page opens on it; any other page has it removed here. */
const painted = paintedFirstScene(window);

/**
 * The renderer's views, and what each needs: each builds only that. Only the audience's view
 * is in the first script; the others load as their own chunks, so the show's first scene does
 * not wait for code it does not run.
 */
const VIEWS = {
  /** Every scene or step as a page, for a PDF: the deck and nothing live (no sync, no player, no URL). */
  print: async () => {
    const [{ default: Print }, visuals] = await Promise.all([import('./views/print/Print.svelte'), loadAllVisuals(), loadNotes()]);
    mount(Print, { target, props: { deck, visuals, options: { steps: config.printSteps, notes: config.printNotes, handout: config.printHandout } } });
  },
  /** The speaker's window: the show heard over the sync link (no player of its own, the URL left alone). */
  presenter: async () => {
    const link = syncLinkAs('presenter');
    const notices = pageNotices(config);
    const reducedMotion = reducedMotionFor(config, window);
    document.title = ui().presenter.documentTitle(deck.title);
    const [{ default: Presenter }, { PresenterSession }, { RemoteNavigator }, visuals] = await Promise.all([
      import('./views/presenter/Presenter.svelte'),
      import('./views/presenter/presenter-session.svelte'),
      import('./navigation/remote-navigator.svelte'),
      loadAllVisuals(),
      loadNotes(),
    ]);
    const navigator = new RemoteNavigator(link);
    const written = recentWrittenMessage();
    if (written) notices.add(written);
    mount(Presenter, { target, props: { deck, visuals, navigator, session: new PresenterSession(deck, navigator), reducedMotion, notices } });
  },
  /** Every scene to choose from, as a page of its own: it owns no show and, like a presenter, drives the one open over the sync link. */
  overview: async () => {
    const link = syncLinkAs('presenter');
    const notices = pageNotices(config);
    document.title = ui().overview.pageTitle(deck.title);
    const [{ default: OverviewPage }, { RemoteNavigator }, visuals] = await Promise.all([
      import('./views/overview/OverviewPage.svelte'),
      import('./navigation/remote-navigator.svelte'),
      loadAllVisuals(),
    ]);
    mount(OverviewPage, { target, props: { deck, visuals, navigator: new RemoteNavigator(link), notices } });
  },
  /** The speaker's phone, paired through the relay: big Next and Previous, the step's words and notes, the timer, black screen, the scenes. */
  remote: async () => {
    document.title = ui().remote.pageTitle(deck.title);
    const [{ default: RemotePage }, { RemoteNavigator }, { PresenterSession }, { phoneLink }] = await Promise.all([
      import('./views/remote/RemotePage.svelte'),
      import('./navigation/remote-navigator.svelte'),
      import('./views/presenter/presenter-session.svelte'),
      import('./sync/phone-link.svelte'),
      loadNotes(),
    ]);
    const phone = phoneLink();
    const navigator = new RemoteNavigator(phone.link);
    mount(RemotePage, { target, props: { deck, navigator, session: new PresenterSession(deck, navigator), phone, reducedMotion: reducedMotionFor(config, window) } });
  },
  /** The staff's phone at a kiosk: after the PIN, the kiosk's status and Restart loop, Pause, Resume, Exit. */
  console: async () => {
    document.title = ui().console.pageTitle(deck.title);
    const { default: ConsolePage } = await import('./views/console/ConsolePage.svelte');
    mount(ConsolePage, { target, props: { deck } });
  },
  /** The story as one long page: the scroll is the show's position (its own navigator); it answers presenter windows. */
  scroll: async () => {
    const { link, relay } = await showLink(config);
    const notices = pageNotices(config);
    const reducedMotion = reducedMotionFor(config, window);
    const kiosk = await kioskIfAsked(deck, config, window, relay);
    const [{ default: ScrollStory }, visuals] = await Promise.all([import('./views/ScrollStory.svelte'), loadAllVisuals(), kiosk && kioskLayer()]);
    mount(ScrollStory, { target, props: { deck, visuals, reducedMotion, notices, snap: config.snap, link, kiosk } });
  },
  /** The show on the stage: the player that owns it, the URL, autoplay and the kiosk; it answers presenter windows. */
  audience: async () => {
    const { link, relay } = await showLink(config);
    const notices = pageNotices(config);
    const player = playerFor(deck, config, window, notices);
    const reducedMotion = reducedMotionFor(config, window);
    const kiosk = await kioskIfAsked(deck, config, window, relay);
    // Only the first scene's visual before the first paint; the next comes on standby, and the
    // rest once the page is ready (the overview's thumbnails draw them all).
    const first = deck.scenes[player.state.scene]!.visual;
    await Promise.all([first !== null && loadVisual(first), kiosk && kioskLayer()]);
    // The first scene painted before the scripts (first-scene/): the show mounts beneath it and
    // lands on its step at once, as an arrival from behind does, with no fade-in or entrance played
    // over a picture already there; once the show's own copy is laid out, the painted one goes.
    if (painted) player.arrival = 'backward';
    mount(Audience, { target, props: { deck, visuals, player, reducedMotion, notices, link, kiosk }, intro: !painted });
    void pageReady.then(() => {
      painted?.release();
      // What the show will want soon: every drawing, and the notes the go-to box searches.
      requestIdleCallback(() => void Promise.all([loadAllVisuals(), loadNotes()]));
    });
  },
};

/** The kiosk's layer, a chunk only a kiosk loads: fetched before mounting, so it is there with the first scene. */
const kioskLayer = () => import('./views/KioskLayer.svelte');

/** Which view this page is: the query's view, and for the audience, the mode that drives it. */
function viewFor({ view, mode }: ShowConfig): keyof typeof VIEWS {
  if (view !== 'audience') return view;
  return mode === 'scroll' ? 'scroll' : 'audience';
}

const view = viewFor(config);
document.documentElement.dataset.view = view === 'scroll' ? 'audience' : view;
await VIEWS[view]();
// The windows the phone remote's pairing code may be shown in: in the app, the one main chose
// (Show › Phone Remote…); in the web build served with --remote (its pages carry the show's key),
// the presenter window, or the audience screen when the speaker asked. Never over a kiosk.
const showsCodes = view === 'presenter' || view === 'audience' || view === 'scroll';
if (window.deckHost?.remote && showsCodes) {
  const { showPairingCodes } = await import('./views/remote/pairing-overlay');
  showPairingCodes(window);
} else if (!window.deckHost && config.relay && showsCodes && !config.kiosk) {
  const { watchWaitingCodes } = await import('./views/remote/pairing-overlay');
  watchWaitingCodes(window, config.relay, view === 'presenter' ? 'presenter' : 'audience');
}
