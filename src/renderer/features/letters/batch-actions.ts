import type { BatchOpenAction } from '../../../shared/contract/batch';
import { invoke, problemMessage } from '../../api/client';
import { notifyProblem } from '../../components/notify';
import { openPdfInNewTab, saveDownload } from '../../components/save-download';

// Getting a finished batch's files to the owner. The desktop app hands them to the system (the
// print dialog, the PDF viewer, the mail program, the folder); browser mode cannot reach any of
// those, so it opens the combined PDF in a new tab (with the browser's Print button) or downloads it,
// and shows the folder's path, which is on this same computer.

/** Desktop: one of the batch's files (omitted: the combined PDF) to the system. */
export async function handOff(jobId: string, action: BatchOpenAction, file?: string): Promise<void> {
  try {
    await invoke('batch.open', { jobId, action, ...(file ? { file } : {}) });
  } catch (e) {
    notifyProblem({ id: 'batch-open', title: 'Could not open it', message: problemMessage(e) });
  }
}

/**
 * Browser mode: the combined PDF in a new tab to print (a download when the browser blocks the
 * tab), or as a download.
 */
export async function combinedPdf(jobId: string, how: 'tab' | 'download'): Promise<void> {
  try {
    const file = await invoke('batch.combined', { jobId });
    if (how === 'download' || !openPdfInNewTab(file.base64)) saveDownload(file);
  } catch (e) {
    notifyProblem({ id: 'batch-open', title: 'Could not open the combined PDF', message: problemMessage(e) });
  }
}
