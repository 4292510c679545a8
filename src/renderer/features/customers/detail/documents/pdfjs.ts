import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// pdf.js, loaded the first time a preview is asked for (it is large, and most visits never need it).
// Its worker is a file of our own build (Vite's ?url import), served from 'self', so the strict CSP
// holds as it is: scripts and workers from our own origin only, no eval, nothing fetched from elsewhere.

type PdfJs = typeof import('pdfjs-dist');

let loading: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return pdfjs;
  });
  return loading;
}

/** Options for every document: our PDFs embed their fonts, so nothing else is ever fetched. */
export const DOCUMENT_OPTIONS = {
  // No WebAssembly decoders (JPEG 2000, JBIG2): Duly's PDFs hold none, and the CSP allows no wasm.
  useWasm: false,
  useSystemFonts: false,
  stopAtErrors: true,
} as const;
