import { Alert, Box, Button, Group, Loader, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { bytesOf } from '../../../../components/save-download';
import { DOCUMENT_OPTIONS, loadPdfJs } from './pdfjs';

/**
 * A PDF drawn inside the app with pdf.js, one page at a time, as wide as the card: the owner sees
 * exactly the file that will be saved, printed or attached.
 */
export function PdfViewer({ base64, title }: { base64: string; title: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [page, setPage] = useState(1);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    // Destroying the loading task ends the document and its worker side too.
    let task: { destroy(): Promise<void> } | undefined;
    setDoc(null);
    setPage(1);
    setProblem(null);
    loadPdfJs()
      .then((pdfjs) => {
        const loading = pdfjs.getDocument({ data: bytesOf(base64), ...DOCUMENT_OPTIONS });
        task = loading;
        if (cancelled) void loading.destroy();
        return loading.promise;
      })
      .then((d) => {
        if (!cancelled) setDoc(d);
      })
      .catch(() => {
        if (!cancelled) setProblem('Duly could not show this PDF here. Save it and open it instead.');
      });
    return () => {
      cancelled = true;
      void task?.destroy();
    };
  }, [base64]);

  useEffect(() => {
    const target = canvas.current;
    if (!doc || !target) return;
    let task: { cancel(): void; promise: Promise<void> } | undefined;
    let cancelled = false;
    void doc.getPage(page).then((p) => {
      if (cancelled) return;
      // As wide as the card, sharp on high-density screens.
      const width = target.parentElement?.clientWidth ?? 640;
      const base = p.getViewport({ scale: 1 });
      const viewport = p.getViewport({ scale: Math.min(width / base.width, 1.6) });
      const ratio = window.devicePixelRatio || 1;
      target.width = Math.floor(viewport.width * ratio);
      target.height = Math.floor(viewport.height * ratio);
      target.style.width = `${Math.floor(viewport.width)}px`;
      target.style.height = `${Math.floor(viewport.height)}px`;
      task = p.render({
        canvas: target,
        viewport,
        ...(ratio === 1 ? {} : { transform: [ratio, 0, 0, ratio, 0, 0] }),
      });
      task.promise.catch(() => {});
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [doc, page]);

  if (problem) return <Alert color="red">{problem}</Alert>;
  const pages = doc?.numPages ?? 0;
  return (
    <Box>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Text size="sm" c="dimmed" data-testid="pdf-page-count">
          {doc ? `Page ${page} of ${pages}` : 'Drawing the preview…'}
        </Text>
        {pages > 1 ? (
          <Group gap={4} wrap="nowrap">
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconChevronLeft size={14} />}
              disabled={page <= 1}
              onClick={() => setPage((n) => n - 1)}
            >
              Previous page
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              rightSection={<IconChevronRight size={14} />}
              disabled={page >= pages}
              onClick={() => setPage((n) => n + 1)}
            >
              Next page
            </Button>
          </Group>
        ) : null}
      </Group>
      <Box
        bg="gray.1"
        p="sm"
        style={{ borderRadius: 8, display: 'flex', justifyContent: 'center', minHeight: 200 }}
      >
        {doc ? null : <Loader size="sm" m="xl" />}
        <canvas
          ref={canvas}
          role="img"
          aria-label={`${title}, page ${page} of ${pages}`}
          style={{
            display: doc ? 'block' : 'none',
            background: 'white',
            boxShadow: '0 1px 4px rgba(0,0,0,.15)',
          }}
        />
      </Box>
    </Box>
  );
}
