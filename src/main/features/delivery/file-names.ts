// Names of files Duly writes, and of files a request may name. A batch's files are named after
// customers' references, which are whatever the owner's accounts tool allowed: "A/12", "CON",
// "smith.", "Ab" beside "ab". These names work on Windows and macOS alike: no reserved characters or device names, no trailing dot or space, not too long, and no
// two that a case-insensitive file system (both systems' default) would take for the same file.

/** Characters Windows refuses in a name, and control characters. */
const RESERVED_CHARS = /[\\/:*?"<>|\p{Cc}]+/gu;
/** The same characters, for a yes/no test (a global RegExp's `test` remembers where it stopped). */
const HAS_RESERVED_CHAR = new RegExp(RESERVED_CHARS.source, 'u');
/** Names Windows keeps for devices, with any extension. */
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Room for " (12)" and ".pdf" well within every system's 255. */
const MAX_LENGTH = 100;

/** Each run of characters a file system refuses replaced by `by`: for a name built around the text. */
export function withoutReservedChars(text: string, by: string): string {
  return text.replace(RESERVED_CHARS, by);
}

/** One name, on its own: "A/12" → "A-12", "CON" → "_CON". */
export function safeBaseName(text: string): string {
  let name = withoutReservedChars(text.normalize('NFC'), '-').replace(/\s+/g, ' ').trim();
  // Cut by code points so no surrogate pair is split.
  name = [...name].slice(0, MAX_LENGTH).join('');
  // Windows drops trailing dots and spaces; a leading dot hides the file on macOS.
  name = name.replace(/[. ]+$/, '').replace(/^[. ]+/, '');
  if (name === '') return '_';
  if (DEVICE.test(name.split('.')[0]!)) return `_${name}`;
  return name;
}

/**
 * Names for many, in order: each safe, and none equal to another or to one of `taken` when case is
 * ignored; a later one gets " (2)", " (3)"….
 */
export function uniqueBaseNames(texts: readonly string[], taken: readonly string[] = []): string[] {
  const used = new Set(taken.map(fold));
  return texts.map((text) => {
    const base = safeBaseName(text);
    let name = base;
    for (let n = 2; used.has(fold(name)); n++) name = `${base} (${n})`;
    used.add(fold(name));
    return name;
  });
}

/** How a case-insensitive file system compares names (near enough: NFC, then lower case). */
function fold(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/**
 * A name with no folder in it, as given (not made safe): no separators, not "." or "..", nothing a
 * file system refuses. What a request naming one of Duly's own files must be.
 */
export function isPlainFileName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    name !== '.' &&
    name !== '..' &&
    !HAS_RESERVED_CHAR.test(name) &&
    name === name.trim()
  );
}
