// Paths as main sends them: Windows or POSIX, whichever system Duly runs on.

/** The folder a books file is in, for telling two "My shop" books apart. */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : path;
}

/** The books' file name without its folder, whichever separator the system uses. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).at(-1) || path;
}
