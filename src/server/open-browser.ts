import { spawn } from 'node:child_process';

/** Opens url in the system's default browser; failure is harmless (the URL is printed anyway). */
export function openInBrowser(url: string): void {
  // rundll32 rather than `cmd /c start`: no shell, so nothing in the URL is parsed as a command.
  const [command, args]: [string, string[]] =
    process.platform === 'win32'
      ? ['rundll32', ['url.dll,FileProtocolHandler', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No browser launcher: the printed URL is enough.
  }
}
