// Self-hosted fonts, bundled by Vite: the app works offline and PDFs embed them.
// Source Serif 4 carries the article; Inter carries our own small labels.
import '@fontsource-variable/source-serif-4/index.css';
import '@fontsource-variable/source-serif-4/wght-italic.css';
import '@fontsource-variable/inter/index.css';
