// Saving a file main made (a report, an export) from the screen. Main sends the bytes as base64; the
// renderer hands them to the browser as a download. That works the same in browser mode (the
// browser's downloads) and in the desktop window (Electron asks where to save a download), so no
// file path ever has to cross from the screen to main.

export interface DownloadableFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** A file's base64, as bytes (to download, or for pdf.js to draw). */
export function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Starts the download of one file (the browser decides where it goes, or asks). */
export function saveDownload(file: DownloadableFile): void {
  const url = URL.createObjectURL(new Blob([bytesOf(file.base64)], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the object URL when the click is handled, but some only start the download a
  // moment later: keep it alive briefly, then let the memory go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Print, in browser mode: the PDF in a new tab from a blob URL, where the browser's own viewer has a
 * Print button and prints it at its true size. Returns false when the browser blocked the tab.
 */
export function openPdfInNewTab(base64: string): boolean {
  const url = URL.createObjectURL(new Blob([bytesOf(base64)], { type: 'application/pdf' }));
  const tab = window.open(url, '_blank');
  // The tab reads the URL as it loads; let the memory go a while after.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return tab !== null;
}

/** Where a saved download went, to end the notice that says it was saved. */
export function whereSaved(transport: 'electron' | 'http' | undefined): string {
  return transport === 'electron' ? 'It is where you chose to save it.' : 'Find it with your downloads.';
}
