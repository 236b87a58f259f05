/**
 * The interface's own words (never the article's), in one place so a translation is
 * one file. English is complete; a language is listed in UI_LANGUAGES only when its
 * table here is (strings.test.ts checks every table has English's keys, and arities).
 * Grouped by the view that shows them; words with values in them are functions, so a
 * language can put the values where its grammar wants them.
 */
import type { UI_LANGUAGES } from '../shared/kiosk-settings';

type Language = (typeof UI_LANGUAGES)[number];

/** English plurals: one file, two files. */
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const en = {
  /** What every view lays over the show (Overlays, Notice, StepAnnouncer). */
  overlays: {
    typedScene: (digits: string) => `Go to scene ${digits}…`,
    noSceneNumber: (number: number, last: number) => `There is no scene ${number}: scenes are numbered 0 to ${last}.`,
    dismiss: 'Dismiss',
    /** What a screen reader hears as a scene begins: its title, then the first step's words. */
    sceneBegins: (sceneTitle: string, words: string) => `${sceneTitle}. ${words}`,
  },
  /** The go-to box (G): views/GoToBox.svelte over go-to/find-places.ts. */
  goTo: {
    title: 'Go to',
    label: 'A scene number, id or title, or words from the talk or the notes',
    results: 'Places found',
    count: (shown: number, total: number) =>
      total === 0 ? 'Nothing found' : shown < total ? `${total} places found; the first ${shown} listed` : total === 1 ? '1 place found' : `${total} places found`,
    typeToSearch: 'Type to search',
    where: (scene: number, title: string, step: number, steps: number) => `Scene ${scene} · ${title} · step ${step} of ${steps}`,
    fields: { number: 'scene number', id: 'scene id', title: 'title', article: 'the article', text: 'our text', notes: 'notes' },
    hint: '↑ ↓ to choose, Enter to go, Esc to close',
  },
  /** The URL hash (controls/location.ts): a place the deck does not have. */
  address: {
    noScene: (id: string) => `There is no scene “${id}”. Showing the first scene.`,
    noStep: (sceneTitle: string, last: number, asked: string, showing: number) =>
      `“${sceneTitle}” has steps 0 to ${last}, not “${asked}”. Showing step ${showing}.`,
  },
  /** The URL query (config.ts, page-services.ts): something asked for that this page cannot be. */
  query: {
    unknownValue: (name: string, value: string, allowed: readonly string[], fallback: string) =>
      `Unknown ${name} “${value}” (use ${allowed.join(', ')}). Using ${fallback}.`,
  },
  audience: {
    blackout: 'Screen blacked out: press B to return',
  },
  /** The key help (HelpOverlay, from controls/key-map.ts's keyHelp()). */
  help: {
    title: 'Keys',
    /** Keys named in words; letters, digits, arrows and signs are shown as they are. */
    keys: {
      pageDown: 'Page Down',
      pageUp: 'Page Up',
      space: 'Space',
      enter: 'Enter',
      backspace: 'Backspace',
      home: 'Home',
      end: 'End',
      thenEnter: 'then Enter',
      esc: 'Esc',
    },
    does: {
      next: 'Next step',
      previous: 'Previous step',
      first: 'First scene',
      last: 'Last step of the last scene',
      goToNumber: 'Go to scene by number',
      goToAnything: 'Go to a scene by number, id or title, or to a step by its words',
      blackout: 'Black screen on or off',
      fullScreen: 'Full screen on or off',
      autoplay: 'Autoplay on or off: each step holds for its planned time',
      presenter: 'Open the presenter view',
      overview: 'Overview of every scene, to choose one (in the presenter view, only the speaker sees it)',
      lookAhead: 'Presenter view: look a step ahead, privately (the room does not see it)',
      lookBack: 'Presenter view: look a step back, privately',
      backToLive: 'Presenter view: close the private look-ahead, back to live',
      motion: 'Reduced motion on or off (fades only; kept for next time)',
      help: 'This help',
      close: 'Close what is open',
    },
    /** Beside the keys, how the view moves: by swipes and the wheel (presenting), or by scrolling (the scroll story). */
    swipe: 'Swipe left or right on a touch screen, or turn the mouse wheel, to move between steps.',
    scroll: 'Scroll, or swipe up and down on a touch screen, to read on: the pictures follow.',
    close: 'Close',
  },
  autoplay: {
    progressLabel: 'Story progress',
    playing: 'Playing by itself',
    paused: 'Paused',
  },
  kiosk: {
    visitorHint: 'Tap or swipe to move through the story. It carries on by itself after a quiet minute.',
    visitorHintSeconds: (seconds: number) =>
      `Tap or swipe to move through the story. It carries on by itself after ${seconds} quiet seconds.`,
    /** The warned return's countdown (views/IdleCountdown.svelte). */
    stillReading: 'Still reading? Touch anywhere to stay',
    /** The word after the countdown's number. */
    secondsUnit: (seconds: number) => (seconds === 1 ? 'second' : 'seconds'),
    /** Read out once as the countdown appears; the seconds themselves are not read out each second. */
    returnAnnounced: (seconds: number, resume: boolean) =>
      `Still reading? Touch anywhere to stay. In ${seconds} seconds the story ${resume ? 'carries on by itself' : 'goes back to its start'}.`,
    /** The card a touch brings up outside the opening hours (views/ClosedCard.svelte). */
    closed: 'Closed',
    openAgainToday: (time: string) => `Open again at ${time}`,
    openAgainOn: (day: string, time: string) => `Open again on ${day} at ${time}`,
    exitTitle: 'Leave the exhibition mode',
    pinLabel: 'PIN',
    pinWrong: 'That PIN is not right.',
    exit: 'Leave',
    cancel: 'Cancel',
  },
  presenter: {
    documentTitle: (deckTitle: string) => `Presenter: ${deckTitle}`,
    sceneOf: (scene: number, last: number) => `Scene ${scene} of ${last}`,
    stepOf: (step: number, count: number) => `Step ${step} of ${count}`,
    waiting: 'Waiting for the audience window…',
    blackout: 'The audience screen is black. Press B to bring it back.',
    previews: 'Slides',
    current: 'Current step',
    currentLabel: (sceneTitle: string) => `Current step: ${sceneTitle}`,
    next: 'Next',
    nextLabel: (sceneTitle: string) => `Next step: ${sceneTitle}`,
    sameScene: 'Same scene, next step',
    end: 'End of the talk.',
    previousButton: '← Previous',
    previousButtonLabel: 'Previous step',
    nextButton: 'Next →',
    nextButtonLabel: 'Next step',
    blackScreen: 'Black screen',
    autoplay: 'Autoplay',
    autoplayCountdown: (seconds: number) => `Next step in ${seconds} s`,
    rehearsing: "Rehearsing: every step's time is recorded.",
    finishRehearsal: 'Finish rehearsal',
    rehearse: 'Rehearse',
    progressLabel: 'Progress through the talk',
    /** The pace against the plan (presenter/pacing.ts), durations already formatted. */
    pace: {
      label: 'Pacing:',
      planned: (duration: string) => `(plan ${duration})`,
      waiting: 'Timer starts with the next step',
      onTime: 'On time',
      behind: (duration: string) => `${duration} behind`,
      ahead: (duration: string) => `${duration} ahead`,
    },
    clock: {
      elapsed: 'Elapsed time',
      pause: 'Pause',
      resume: 'Resume',
      start: 'Start',
      resetQuestion: 'Reset the timer?',
      reset: 'Reset',
      keep: 'Keep',
      askReset: 'Reset…',
      timeOfDay: 'Time of day',
    },
    notes: {
      heading: (sceneTitle: string) => (sceneTitle ? `Notes: ${sceneTitle}` : 'Notes'),
      smaller: 'A−',
      smallerLabel: 'Smaller notes text',
      larger: 'A+',
      largerLabel: 'Larger notes text',
      textLabel: 'Notes text',
      /** Notes written per step: each part's label, then whether it is on screen now or already said. */
      stepLabel: (step: number) => `Step ${step}`,
      now: 'now',
      said: 'said',
    },
    sceneList: {
      label: 'Scenes',
      sceneTimes: (sceneTitle: string, planned: string, taken: string) => `${sceneTitle}: planned ${planned}, taken ${taken}`,
    },
    rehearsal: {
      title: 'Rehearsal: planned against rehearsed',
      chartLabel: 'Bar chart of planned and rehearsed time per scene; the table below gives the figures.',
      planned: 'planned',
      rehearsed: 'rehearsed',
      tableCaption: 'Planned and rehearsed time per scene',
      sceneColumn: 'Scene',
      plannedColumn: 'Planned',
      rehearsedColumn: 'Rehearsed',
      notReached: 'not reached',
      written: (files: readonly string[]) => `Planned times updated in ${plural(files.length, 'slide file')}: ${files.join(', ')}.`,
      notWritten: (reason: string) => `The times were not written: ${reason}`,
      /** Why the dev server refused, when it gave no reason of its own. */
      serverAnswered: (status: number) => `the server answered ${status}`,
      confirmLabel: 'Confirm writing the times',
      /** Around the field name `seconds`, which stays as it is written in the slides. */
      confirmBefore: 'Rewrite the',
      confirmAfter: (files: number) => `of the steps in ${plural(files, 'slide file')}? Nothing else in them changes.`,
      write: 'Write the times',
      cancel: 'Cancel',
      usePlanned: 'Use as planned times…',
      /** Around the command, which stays as it is typed. */
      cannotWriteBefore: 'This page cannot write files: download the times and run',
      cannotWriteAfter: 'in the project.',
      download: 'Download the times',
      close: 'Close',
    },
  },
  /** The overview of every scene (views/overview): in the audience window, the presenter window, and as `?view=overview`. */
  overview: {
    title: 'Overview',
    pageTitle: (deckTitle: string) => `Overview: ${deckTitle}`,
    gridLabel: 'Scenes: arrow keys to move, Enter to go there',
    scene: 'Scene',
    planned: 'planned',
    now: 'Now on screen',
    close: 'Close',
    speakerOnly: (sceneTitle: string) => `Only you see this overview: the audience still sees “${sceneTitle}” until you choose a scene.`,
    following: (scene: number, sceneTitle: string, step: number, steps: number) => `The show is at scene ${scene}, “${sceneTitle}”, step ${step} of ${steps}.`,
    waiting: 'No audience window has answered yet: choosing a scene moves the show once one is open.',
  },
  /** The speaker's phone (views/remote, `?view=remote`), paired through the relay. */
  remote: {
    pageTitle: (deckTitle: string) => `Remote: ${deckTitle}`,
    connection: {
      connecting: 'Connecting…',
      connected: 'Connected',
      offline: 'Not connected: trying again…',
      refused: 'Not paired: this phone’s code was used, replaced or mistyped. Scan the code the presenter shows.',
      replaced: 'Another page of this phone took over the remote. Close this one.',
    },
    unsent: {
      offline: 'Not sent: not connected. Press again once connected.',
      limited: 'Not sent: too many presses at once.',
      stale: 'Not sent: the connection was too slow. Press again.',
      'no-show': 'Not sent: the show is not open.',
    },
    waiting: 'Waiting for the show…',
    where: (scene: number, last: number, step: number, steps: number) => `Scene ${scene} of ${last} · step ${step} of ${steps}`,
    words: 'On screen now',
    noWords: 'No words on screen at this step.',
    notes: 'Notes',
    noNotes: 'No notes for this scene.',
    previous: 'Previous',
    next: 'Next',
    blackScreen: 'Black screen',
    blackScreenOn: 'Screen is black: show it again',
    scenes: 'Scenes',
    goTo: (scene: number, title: string) => `${scene}. ${title}`,
    controls: 'Show controls',
  },
  /** The phone remote's pairing code in the app (views/remote/PairingCard). */
  pairing: {
    title: 'Pair your phone',
    codeLabel: 'QR code of the phone remote’s address',
    orType: 'Scan the code with the phone’s camera, on the same Wi-Fi, or open this address:',
    once: 'The code works once. Show › Phone Remote… makes a new one and lets the phone paired before go.',
    /** The web build's (npm run present -- --remote): new codes come from its terminal, and the card leaves once the phone has paired. */
    onceInBrowser: 'The code works once, and this card goes once the phone has paired. Enter in the terminal running npm run present makes a new one and lets the phone paired before go.',
    close: 'Close',
  },
  /** The staff's console at a kiosk (views/console, `?view=console`), paired through the relay, opened with the PIN. */
  console: {
    pageTitle: (deckTitle: string) => `Kiosk console: ${deckTitle}`,
    title: 'Kiosk console',
    pinLabel: 'Kiosk PIN',
    unlock: 'Open the console',
    pinWrong: 'That PIN is not right.',
    pinLocked: 'Too many wrong PINs: the console is locked for a minute.',
    noPin: 'This kiosk has no PIN, so its console stays shut: set a PIN in the kiosk settings.',
    status: 'Status',
    state: 'State',
    open: 'Open',
    closed: (next: string | null) => (next ? `Closed until ${next}` : 'Closed'),
    openUntil: (next: string) => `Open until ${next}`,
    paused: 'Paused by staff',
    playing: 'Playing',
    loops: 'Loops played',
    lastVisitor: 'Last visitor',
    none: 'None yet',
    recoveries: 'Recoveries',
    notKnown: 'Not known in a browser',
    lastError: 'Last error',
    noError: 'None',
    where: 'On screen',
    updated: 'Status taken',
    screenshot: 'The screen now',
    screenshotAlt: 'A picture of the kiosk’s screen as the status was taken',
    noScreenshot: 'No picture: a kiosk in a browser cannot take one.',
    refresh: 'Refresh',
    restartLoop: 'Restart loop',
    pause: 'Pause',
    resume: 'Resume',
    exit: 'Exit…',
    exitQuestion: 'Leave the exhibition mode? The kiosk stops until someone starts it again.',
    exitConfirm: 'Exit the kiosk',
    cancel: 'Cancel',
    done: (action: string) => `Done: ${action}.`,
    actions: 'Actions',
  },
  /** The presenter's private look-ahead (views/presenter/PresenterLookAhead). */
  lookAhead: {
    band: 'Preview — not on screen',
    where: (scene: number, sceneTitle: string, step: number, steps: number) => `Scene ${scene}, “${sceneTitle}”, step ${step} of ${steps}`,
    roomSees: (scene: number, step: number) => `The room sees scene ${scene}, step ${step}.`,
    stageLabel: (sceneTitle: string) => `Private preview, not on screen: ${sceneTitle}`,
    back: '← Back [',
    backLabel: 'Look a step back, privately',
    ahead: 'Ahead ] →',
    aheadLabel: 'Look a step ahead, privately',
    show: 'Show this',
    showLabel: 'Show this step to the audience',
    live: 'Back to live (L)',
    open: 'Look ahead ]',
    openLabel: 'Look ahead privately: the audience does not see it',
  },
  print: {
    titleKicker: 'An op-ed, presented',
    notesKicker: (scene: number) => `Presenter notes · Scene ${scene}`,
    /** Notes written per step: the heading of each part. */
    wholeScene: 'The whole scene',
    notesStep: (step: number, count: number) => `Step ${step} of ${count}`,
  },
};

export type UiStrings = typeof en;

/** Every language's table, for the test that keeps them complete. */
export const UI_TABLES: Readonly<Record<Language, UiStrings>> = { en };

let current: UiStrings = en;

/** Chooses the interface language (the kiosk's `language` setting); English when unknown. */
export function useLanguage(language: string): void {
  current = UI_TABLES[language as Language] ?? en;
}

/** The interface's words in the chosen language. */
export function ui(): UiStrings {
  return current;
}
