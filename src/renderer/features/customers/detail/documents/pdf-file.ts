import { bytesOf } from '../../../../components/save-download';

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
