import { Stepper } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { ColumnMapping, ImportSummary } from '../../../shared/contract/imports';
import { invoke } from '../../api/client';
import { useAppData } from '../../app-data';
import { forgetJob, trackJob, useJob, usePageJob } from '../../components/job-tracker';
import { PageHeader } from '../../components/PageHeader';
import type { PageProps } from '../../shell/page';
import { CheckStep } from './CheckStep';
import { ChooseFilesStep } from './ChooseFilesStep';
import type { PickedFile } from './picked-files';
import { RunStep } from './RunStep';
import { SummaryStep } from './SummaryStep';
import { type DateOrder, importInput, useAnalysis } from './use-analysis';

type Stage = 'choose' | 'check';

const STEPS = ['Choose files', 'Check', 'Import', 'Done'] as const;

/**
 * The import wizard: choose files → check what Duly found (mapping, dates, every problem) →
 * import with progress and cancel → summary. The files stay here while the owner moves between
 * the first two steps; the running import is tracked outside the page, so leaving the page and
 * coming back finds it still going, or its summary.
 */
export function ImportPage({ takeFocus, route }: PageProps) {
  const { books } = useAppData();
  const [stage, setStage] = useState<Stage>('choose');
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [dateOrder, setDateOrder] = useState<DateOrder>();
  // An import started earlier (here or in another window) and not put away: the wizard picks it up.
  const [jobId, setJobId] = usePageJob('import');
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<Error>();
  const job = useJob(jobId);
  const check = useAnalysis(files, dateOrder, stage === 'check' && !jobId);

  const active = job ? (job.state === 'done' ? 3 : 2) : stage === 'choose' ? 0 : 1;
  const stepTop = useRef<HTMLElement>(null);
  const [moved, setMoved] = useState(false);
  // Each step starts at the top, with focus there, so keyboard and screen-reader users follow along.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new step (active) is the reason to move.
  useEffect(() => {
    if (!moved) return;
    window.scrollTo({ top: 0 });
    stepTop.current?.focus({ preventScroll: true });
  }, [active, moved]);
  const goTo = (next: Stage) => {
    setMoved(true);
    setStage(next);
  };

  const add = (picked: PickedFile[]) =>
    // A file chosen again replaces the earlier copy (it may have been fixed meanwhile).
    setFiles((now) => [...now.filter((f) => !picked.some((p) => p.name === f.name)), ...picked]);
  const setMapping = (name: string, mapping: ColumnMapping | undefined) =>
    setFiles((now) =>
      now.map((f) => {
        if (f.name !== name) return f;
        const { mapping: _old, ...rest } = f;
        return mapping ? { ...rest, mapping } : rest;
      }),
    );

  const start = async () => {
    setStarting(true);
    setStartError(undefined);
    try {
      const started = await invoke('import.start', importInput(files, dateOrder));
      trackJob(started);
      setMoved(true);
      setJobId(started.id);
    } catch (e) {
      setStartError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setStarting(false);
    }
  };
  const putAway = () => {
    if (jobId) forgetJob(jobId);
    setJobId(undefined);
  };
  const startOver = () => {
    putAway();
    setFiles([]);
    setDateOrder(undefined);
    goTo('choose');
  };

  return (
    <>
      <PageHeader
        title="Import"
        subtitle="Bring in the customers, invoices and payments your accounts tool exports."
        takeFocus={takeFocus}
      />
      <Stepper
        active={active}
        size="sm"
        mb="xl"
        allowNextStepsSelect={false}
        onStepClick={() => goTo('choose')}
      >
        {STEPS.map((label, i) => (
          // Only back to choosing files, and only from the check: later steps are the import's own.
          <Stepper.Step key={label} label={label} allowStepSelect={i === 0 && active === 1} />
        ))}
      </Stepper>
      <section
        ref={stepTop}
        tabIndex={-1}
        aria-label={`Step ${active + 1} of ${STEPS.length}: ${STEPS[active]}`}
        style={{ outline: 'none' }}
      >
        {job && job.state === 'done' ? (
          <SummaryStep
            // An import job's result is the import's summary (contract/jobs.ts, contract/imports.ts).
            summary={job.result as ImportSummary}
            booksName={books?.open?.name}
            onCustomers={() => {
              putAway();
              route.go('customers');
            }}
            onMore={startOver}
          />
        ) : job ? (
          <RunStep
            job={job}
            onBack={() => {
              putAway();
              goTo(files.length > 0 ? 'check' : 'choose');
            }}
          />
        ) : stage === 'choose' ? (
          <ChooseFilesStep
            files={files}
            onAdd={add}
            onRemove={(name) => setFiles((now) => now.filter((f) => f.name !== name))}
            onContinue={() => goTo('check')}
          />
        ) : (
          <CheckStep
            files={files}
            check={check}
            dateOrder={dateOrder}
            onDateOrder={setDateOrder}
            onMapping={setMapping}
            onBack={() => goTo('choose')}
            onImport={() => void start()}
            starting={starting}
            startError={startError}
          />
        )}
      </section>
    </>
  );
}
