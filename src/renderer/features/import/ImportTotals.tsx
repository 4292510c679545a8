import { Text } from '@mantine/core';
import type { ImportCounts } from '../../../shared/contract/imports';
import classes from './import.module.css';
import { countsPhrase, totalOf } from './words';

interface ImportTotalsProps {
  /** "Will add" before the import, "Added" after it. */
  addLabel: string;
  toAdd: ImportCounts;
  alreadyThere: ImportCounts;
}

/** What the import adds, and what it found already in the books (matched, and left as it was). */
export function ImportTotals({ addLabel, toAdd, alreadyThere }: ImportTotalsProps) {
  const already = totalOf(alreadyThere) > 0;
  return (
    <dl className={classes.totals}>
      <Text component="dt" size="sm" fw={600}>
        {addLabel}
      </Text>
      <Text component="dd" size="sm" data-testid="import-to-add">
        {countsPhrase(toAdd)}
      </Text>
      <Text component="dt" size="sm" fw={600}>
        Already in your books
      </Text>
      <Text component="dd" size="sm" c={already ? undefined : 'dimmed'} data-testid="import-already-there">
        {countsPhrase(alreadyThere)}
        {already ? ', left as they are' : ''}
      </Text>
    </dl>
  );
}
