/**
 * docs/electron-runtime.md names, for every Electron API the shell uses, the rule Electron's
 * documentation sets for it. This test lists what src/main and src/preload really use, with
 * TypeScript's type checker (so `window.setBounds` is known to be BrowserWindow's, whatever the
 * variable is called), and fails on any use the document does not name in backticks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const projectRoot = resolve(import.meta.dirname, '../..');
const DOC = join(projectRoot, 'docs/electron-runtime.md');
const SOURCE_DIRS = ['src/main', 'src/preload'].map((dir) => join(projectRoot, dir));
/** Methods that subscribe to an event: the event's name is part of what is used. */
const LISTENER_METHODS = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener', 'removeListener', 'off']);
/** Methods whose first argument names a Chromium switch: the switch is part of what is used. */
const SWITCH_METHODS = new Set(['appendSwitch', 'appendArgument', 'hasSwitch', 'getSwitchValue', 'removeSwitch']);

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  types: ['node'],
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  allowImportingTsExtensions: true,
  resolveJsonModule: true,
};

/** Owners better known by the expression that reaches them. */
const OWNER_ALIASES: Record<string, string> = { ProcessVersions: 'process.versions' };

function isElectronDeclaration(declaration: ts.Node): boolean {
  return declaration.getSourceFile().fileName.endsWith('/electron/electron.d.ts');
}

/** The shell's own sources: what main and the preload run, not their tests. */
function shellSources(dirs: readonly string[] = SOURCE_DIRS): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => join(dir, file)),
  );
}

/**
 * Every Electron API the files use: `owner.member` for a method or property (the owner is the
 * module for Electron's singletons, `app.whenReady`, else the class or structure,
 * `BrowserWindow.setBounds`), `owner.on('event')` for a listener, `owner.appendSwitch('name')`
 * for a switch, and `Options.field` for each field of an options object handed to Electron.
 */
function electronApiUses(program: ts.Program, files: readonly string[]): Map<string, Set<string>> {
  const checker = program.getTypeChecker();
  const uses = new Map<string, Set<string>>();
  const electronFile = program.getSourceFiles().find((file) => isElectronDeclaration(file));
  /** Electron's singletons by type (App is `app`), and the classes whose statics hang off a module (`session.defaultSession`). */
  const instances = new Map<string, string>();
  const statics = new Map<string, string>();
  for (const match of electronFile?.text.matchAll(/^\s*const (\w+): (typeof )?(\w+);/gm) ?? []) {
    (match[2] ? statics : instances).set(match[3]!, match[1]!);
  }

  const add = (name: string, where: ts.Node) => {
    const file = where.getSourceFile();
    const { line } = file.getLineAndCharacterOfPosition(where.getStart());
    const at = `${relative(projectRoot, file.fileName)}:${line + 1}`;
    if (!uses.has(name)) uses.set(name, new Set());
    uses.get(name)!.add(at);
  };

  /** The name of the interface, class or type alias a member is declared in. */
  const declaringName = (declaration: ts.Node): string | null => {
    for (let node = declaration.parent; node; node = node.parent) {
      if (ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node) || ts.isTypeAliasDeclaration(node)) return node.name?.text ?? null;
    }
    return null;
  };

  /** The name a reader of Electron's documentation knows a member's owner by. */
  const ownerName = (member: ts.Symbol, receiver: ts.Type | null): string | null => {
    const declaration = member.declarations?.find(isElectronDeclaration);
    if (!declaration) return null;
    const isStatic = ts.canHaveModifiers(declaration) && !!ts.getModifiers(declaration)?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
    const declaredIn = declaringName(declaration);
    if (!declaredIn) return null;
    if (isStatic) return statics.get(declaredIn) ?? declaredIn;
    // A receiver of a more precise Electron type names it better (BrowserWindow, not BaseWindow).
    const receiverSymbol = receiver?.getSymbol();
    const owner = receiverSymbol?.declarations?.some(isElectronDeclaration) && receiverSymbol.name !== '__type' ? receiverSymbol.name : declaredIn;
    return OWNER_ALIASES[owner] ?? instances.get(owner) ?? owner;
  };

  /** `method('value')` when the first argument is a string a reader must see (an event, a path name, a switch). */
  const withFirstArgument = (method: ts.Symbol, call: ts.CallExpression | null): string => {
    const first = call?.arguments[0];
    if (!call || !first || !ts.isStringLiteralLike(first)) return method.name;
    const parameter = checker.getResolvedSignature(call)?.getParameters()[0];
    const parameterType = parameter && checker.getTypeOfSymbol(parameter);
    const literal = parameterType && (parameterType.isStringLiteral() || (parameterType.isUnion() && parameterType.types.every((type) => type.isStringLiteral())));
    return literal || SWITCH_METHODS.has(method.name) ? `${method.name}('${first.text}')` : method.name;
  };

  /**
   * An Electron object handed to a type of ours (`app` as a SingleInstanceHost, an Input as a
   * KioskInput): what that type reads of it is used as surely as a direct call.
   */
  const matchHandedOver = (value: ts.Expression, target: ts.Type): void => {
    const source = checker.getNonNullableType(checker.getTypeAtLocation(value));
    const sourceSymbol = source.getSymbol() ?? source.aliasSymbol;
    // Node's process is only augmented by Electron: its own members are Node's.
    if (!sourceSymbol?.declarations?.length || !sourceSymbol.declarations.every(isElectronDeclaration)) return;
    const wanted = checker.getNonNullableType(target);
    if (wanted.getSymbol()?.declarations?.some(isElectronDeclaration)) return;
    for (const property of checker.getPropertiesOfType(wanted)) {
      const member = checker.getPropertyOfType(source, property.name);
      const owner = member && ownerName(member, source);
      if (!member || !owner) continue;
      const events = checker
        .getSignaturesOfType(checker.getTypeOfSymbol(property), ts.SignatureKind.Call)
        .map((signature) => signature.getParameters()[0])
        .map((parameter) => parameter && checker.getTypeOfSymbol(parameter))
        .filter((type): type is ts.StringLiteralType => !!type?.isStringLiteral());
      if (LISTENER_METHODS.has(property.name) && events.length > 0) for (const event of events) add(`${owner}.${property.name}('${event.value}')`, value);
      else add(`${owner}.${property.name}`, value);
    }
  };

  /** Each field of `expression` that lands in an Electron options type, recursively. */
  const matchFields = (expression: ts.Expression, expected: ts.Type, seen = new Set<ts.Node>()): void => {
    let node = expression;
    while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) node = node.expression;
    if (seen.has(node)) return;
    seen.add(node);
    const type = checker.getNonNullableType(expected);
    if (ts.isIdentifier(node)) {
      const symbol = checker.getSymbolAtLocation(node);
      const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const declaration = target?.valueDeclaration;
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) matchFields(declaration.initializer, type, seen);
      return;
    }
    if (ts.isArrayLiteralExpression(node)) {
      const element = checker.getIndexTypeOfType(type, ts.IndexKind.Number);
      if (element) for (const item of node.elements) matchFields(item, element, seen);
      return;
    }
    if (!ts.isObjectLiteralExpression(node)) return;
    for (const property of node.properties) {
      if (ts.isSpreadAssignment(property)) {
        matchFields(property.expression, type, seen);
        continue;
      }
      if (!property.name || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) continue;
      const field = checker.getPropertyOfType(type, property.name.text);
      if (!field) continue;
      const declaration = field.declarations?.find(isElectronDeclaration);
      if (declaration) add(`${declaringName(declaration)}.${field.name}`, property);
      if (ts.isPropertyAssignment(property)) matchFields(property.initializer, checker.getTypeOfSymbol(field), seen);
    }
  };

  const visit = (node: ts.Node): void => {
    const access = memberAccess(node);
    if (access) {
      const member = checker.getSymbolAtLocation(access.name);
      const owner = member && ownerName(member, checker.getNonNullableType(checker.getTypeAtLocation(access.object)));
      if (member && owner) {
        const call = ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : null;
        // A call that resolves to a declaration outside Electron (Node's process.on) is not Electron's.
        const declaration = call && checker.getResolvedSignature(call)?.getDeclaration();
        if (call && declaration && !isElectronDeclaration(declaration)) return ts.forEachChild(node, visit);
        add(`${owner}.${withFirstArgument(member, call)}`, node);
      }
    }
    if (ts.isNewExpression(node) || ts.isCallExpression(node)) {
      const signature = checker.getResolvedSignature(node);
      const declaration = signature?.getDeclaration();
      const electrons = !!declaration && isElectronDeclaration(declaration);
      if (ts.isNewExpression(node) && electrons) add(`new ${declaringName(declaration) ?? node.expression.getText()}`, node);
      node.arguments?.forEach((argument, index) => {
        const parameter = signature?.getParameters()[Math.min(index, signature.getParameters().length - 1)];
        if (!parameter) return;
        if (electrons) matchFields(argument, checker.getTypeOfSymbol(parameter));
        else matchHandedOver(argument, checker.getTypeOfSymbol(parameter));
      });
    }
    if (ts.isParameter(node) && node.initializer && node.type) matchHandedOver(node.initializer, checker.getTypeFromTypeNode(node.type));
    if (ts.isObjectLiteralExpression(node)) {
      const contextual = checker.getContextualType(node);
      if (contextual) matchFields(node, contextual);
    }
    ts.forEachChild(node, visit);
  };

  for (const file of files) {
    const source = program.getSourceFile(file);
    if (source) visit(source);
  }
  return uses;
}

/** `window.setBounds` and `window['setBounds']` alike: the member's name and what it is read from. */
function memberAccess(node: ts.Node): { name: ts.Node; object: ts.Expression } | null {
  if (ts.isPropertyAccessExpression(node)) return { name: node.name, object: node.expression };
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) return { name: node.argumentExpression, object: node.expression };
  return null;
}

function programFor(files: readonly string[], extra: Record<string, string> = {}): ts.Program {
  const host = ts.createCompilerHost(COMPILER_OPTIONS);
  const { getSourceFile, fileExists, readFile } = host;
  // A file given as text (the extractor's own fixture) is served as if it were on disk.
  host.getSourceFile = (name, language, ...rest) => (name in extra ? ts.createSourceFile(name, extra[name]!, language) : getSourceFile.call(host, name, language, ...rest));
  host.fileExists = (name) => name in extra || fileExists.call(host, name);
  host.readFile = (name) => extra[name] ?? readFile.call(host, name);
  return ts.createProgram({ rootNames: [...files, ...Object.keys(extra)], options: COMPILER_OPTIONS, host });
}

/** What the document names: every `code span`, exactly as written. */
function documentedNames(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]!));
}

/** The uses the document does not name, each with where it is used. */
function undocumented(uses: Map<string, Set<string>>, markdown: string): string[] {
  const named = documentedNames(markdown);
  return [...uses].filter(([name]) => !named.has(name)).map(([name, at]) => `${name} (${[...at].join(', ')})`);
}

const FIXTURE = join(projectRoot, 'src/main/electron-uses-fixture.ts');
const FIXTURE_TEXT = `
import { app, BrowserWindow, screen } from 'electron';
interface Host {
  requestSingleInstanceLock(): boolean;
  on(event: 'second-instance', listener: () => void): unknown;
}
const keyOf = (input: { key: string; alt: boolean }) => input.key;
export function fixture(host: Host = app) {
  const made = new BrowserWindow({ show: false, webPreferences: { sandbox: true } });
  const placed = made;
  placed.setBounds({ x: 0, y: 0, width: 10, height: 10 });
  placed['setFullScreen'](true);
  placed.webContents.on('render-process-gone', () => undefined);
  placed.webContents.on('before-input-event', (_event, input) => keyOf(input));
  app.commandLine.appendSwitch('ozone-platform', 'x11');
  process.on('exit', () => undefined);
  return [screen.getAllDisplays(), app.getPath('userData'), host];
}
`;

// One program for the fixture and the sources: building it is most of this file's time.
const sources = shellSources();
const program = programFor(sources, { [FIXTURE]: FIXTURE_TEXT });

describe('the Electron uses found in the sources', () => {
  const uses = electronApiUses(program, [FIXTURE]);

  it('names instance methods by their class, whatever the variable, and singletons by their module', () => {
    expect([...uses.keys()]).toEqual(
      expect.arrayContaining(['BrowserWindow.setBounds', 'BrowserWindow.setFullScreen', 'BrowserWindow.webContents', 'screen.getAllDisplays', 'app.commandLine']),
    );
  });

  it('names events, documented values and Chromium switches with their string', () => {
    expect([...uses.keys()]).toEqual(
      expect.arrayContaining([
        "WebContents.on('render-process-gone')",
        "WebContents.on('before-input-event')",
        "app.getPath('userData')",
        "CommandLine.appendSwitch('ozone-platform')",
      ]),
    );
  });

  it('names the constructor and each field of the options handed to Electron, nested ones too', () => {
    expect([...uses.keys()]).toEqual(expect.arrayContaining(['new BrowserWindow', 'BaseWindowConstructorOptions.show', 'WebPreferences.sandbox']));
  });

  it('counts what a type of ours reads of an Electron object handed to it', () => {
    expect([...uses.keys()]).toEqual(expect.arrayContaining(['app.requestSingleInstanceLock', "app.on('second-instance')", 'Input.key', 'Input.alt']));
  });

  it('leaves Node alone, even where Electron augments it', () => {
    expect([...uses.keys()].filter((name) => /^(process|Process)\.(on|once|off)/.test(name))).toEqual([]);
  });

  it('reports a use the document does not name, with where it is', () => {
    const missing = undocumented(uses, [...uses.keys()].filter((name) => name !== 'BrowserWindow.setBounds').map((name) => `| \`${name}\` |`).join('\n'));
    expect(missing).toEqual(['BrowserWindow.setBounds (src/main/electron-uses-fixture.ts:11)']);
  });
});

describe('docs/electron-runtime.md', () => {
  const uses = electronApiUses(program, sources);

  it('finds the Electron APIs main and the preload use', () => {
    // A broken extractor finds nothing and so would pass any document.
    expect(uses.size).toBeGreaterThan(100);
    expect([...uses.keys()]).toEqual(expect.arrayContaining(['app.whenReady', 'contextBridge.exposeInMainWorld', 'BrowserWindow.setFullScreen']));
  });

  it('names every Electron API that main and the preload use', () => {
    expect(undocumented(uses, readFileSync(DOC, 'utf8'))).toEqual([]);
  });
});
