import { describe, expect, it } from 'vitest';
import { firstLoadFiles } from './bundle.ts';

describe('firstLoadFiles', () => {
  it('reads the module script, the module preloads and the stylesheets of the built index.html, nothing else', () => {
    const html = `<head>
      <link rel="preload" as="font" href="./assets/inter.woff2" crossorigin>
      <script type="module" crossorigin src="./assets/index-A.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/Scene-B.js">
      <link rel="stylesheet" crossorigin href="./assets/index-C.css">
      <link rel="icon" href="./favicon.svg">
    </head>`;
    expect(firstLoadFiles(html)).toEqual(['assets/index-A.js', 'assets/Scene-B.js', 'assets/index-C.css']);
  });
});
