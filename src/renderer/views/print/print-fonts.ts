// Static (non-variable) instances of the deck's two families, for print only. Chromium embeds a
// variable font in a PDF as Type 3 outlines, which readers extract badly; a static TrueType
// instance is embedded as a CID TrueType subset: real, searchable text. Loaded by the print
// view's chunk alone, so the audience's bundle and first scene are untouched. Latin subsets:
// text beyond them falls back to the variable fonts (and the PDF test would see a Type 3 font).
// The weights and styles the print view sets: the serif at 400, its italic (quotes, the film's
// title), 500 (lead) and 600 (titles, numerals); the sans at 400, 500 (labels), 600 and 700 (notes).
import '@fontsource/source-serif-4/latin-400.css';
import '@fontsource/source-serif-4/latin-ext-400.css';
import '@fontsource/source-serif-4/latin-400-italic.css';
import '@fontsource/source-serif-4/latin-ext-400-italic.css';
import '@fontsource/source-serif-4/latin-500.css';
import '@fontsource/source-serif-4/latin-ext-500.css';
import '@fontsource/source-serif-4/latin-600.css';
import '@fontsource/source-serif-4/latin-ext-600.css';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-ext-400.css';
import '@fontsource/inter/latin-400-italic.css';
import '@fontsource/inter/latin-500.css';
import '@fontsource/inter/latin-ext-500.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-ext-600.css';
import '@fontsource/inter/latin-700.css';
import '@fontsource/inter/latin-ext-700.css';
