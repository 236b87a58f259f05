/** The page clock as one script (src/build/page-script.ts). */
declare module 'virtual:page-clock' {
  const script: string;
  export default script;
}
