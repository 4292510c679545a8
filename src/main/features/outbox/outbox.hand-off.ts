import { Buffer } from 'node:buffer';
import type { DeliveryWay, ProducedDocument } from '../../../shared/contract/outbox';
import type { HandOffHost } from '../../session/host';
import { type HandOffPlace, handOffFailed, writeHandOffFile } from '../delivery/hand-off';

// After a document is made and on the history: its PDF to the print dialog, or its email draft to
// the mail program. A plain PDF needs nothing more (the screen's download asks where to save it).
// If the system then fails, the document stays recorded (it was made), and the error says where the
// file is so the owner can open it by hand.

export async function handOffProduced(
  host: HandOffHost,
  produced: ProducedDocument,
  via: DeliveryWay,
  place: HandOffPlace = {},
): Promise<ProducedDocument> {
  if (via === 'pdf') return produced;
  const file = via === 'print' ? produced.file : produced.eml;
  if (!file) throw new Error('An email document came back without its draft.');
  const made = `“${produced.file.fileName}”`;
  let fullPath: string;
  try {
    fullPath = writeHandOffFile(file.fileName, Buffer.from(file.base64, 'base64'), place);
  } catch (error) {
    throw handOffFailed(error, made);
  }
  try {
    await (via === 'print' ? host.printPdf(fullPath) : host.openFile(fullPath));
  } catch (error) {
    throw handOffFailed(error, made, fullPath);
  }
  return { ...produced, handedOff: fullPath };
}
