// The desktop app's entry (out/main/index.js, package.json "main"). All Electron code lives in
// ./electron; everything else in src/main runs under plain Node as well (browser mode, CLI, tests).
import { startDesktopApp } from './electron/desktop-app';

startDesktopApp();
